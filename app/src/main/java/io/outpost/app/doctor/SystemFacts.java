package io.outpost.app.doctor;

import java.util.Optional;

/** What the doctor reads about the machine, gathered by the composition root so tests can supply their own. */
public record SystemFacts(Runtime.Version javaVersion, Optional<String> javafxVersion, String osName,
                          String osVersion, String osArch, String userName) {
    public boolean linux() {
        return osName.toLowerCase(java.util.Locale.ROOT).contains("linux");
    }
}
