package io.outpost.app.doctor;

import java.util.Map;
import java.util.Optional;

/** What the doctor reads about the machine, gathered by the composition root so tests can supply their own. */
public record SystemFacts(Runtime.Version javaVersion, Optional<String> javafxVersion, String osName,
                          String osVersion, String osArch, String userName) {
    public boolean linux() {
        return osName.toLowerCase(java.util.Locale.ROOT).contains("linux");
    }

    /** Whether a window can open with {@code env}: anywhere but on Linux without a DISPLAY. */
    public boolean displayIn(Map<String, String> env) {
        String display = env.get("DISPLAY");
        return !linux() || display != null && !display.isBlank();
    }
}
