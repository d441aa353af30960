package io.outpost.installers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The display the AOT training run opens its window on: on Linux without one, an Xvfb of its own on a free
 * display (as the UI tests do, docs/decisions/0004); elsewhere, or with DISPLAY set, the current one.
 */
final class PrivateDisplay implements AutoCloseable {
    private final Process xvfb;
    private final String name;

    private PrivateDisplay(Process xvfb, String name) {
        this.xvfb = xvfb;
        this.name = name;
    }

    static PrivateDisplay forTraining(TargetOs os) throws IOException {
        String current = System.getenv("DISPLAY");
        if (os != TargetOs.LINUX || (current != null && !current.isBlank())) {
            return new PrivateDisplay(null, null);
        }
        Process xvfb;
        try {
            xvfb = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", "1600x1000x24", "-nolisten", "tcp")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new IllegalStateException("The AOT training run opens the window, and there is no display: install "
                    + "Xvfb (Debian/Ubuntu: apt-get install xvfb) or build with -Dinstaller.aot=false", e);
        }
        BufferedReader reader = new BufferedReader(new InputStreamReader(xvfb.getInputStream(), StandardCharsets.US_ASCII));
        String number = reader.readLine(); // -displayfd: written once the server takes clients
        if (number == null || !number.strip().matches("\\d+")) {
            xvfb.destroyForcibly();
            throw new IllegalStateException("Xvfb did not start, so the AOT training run has no display");
        }
        return new PrivateDisplay(xvfb, ":" + number.strip());
    }

    /** The DISPLAY to give the training run; empty to keep the current one. */
    Optional<String> name() {
        return Optional.ofNullable(name);
    }

    @Override
    public void close() {
        if (xvfb != null) {
            xvfb.destroy();
        }
    }
}
