package io.outpost.devices.serial;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * Two pseudo-terminals joined by socat, each reachable through a symlink: a real serial port pair on
 * Linux and macOS, so jSerialComm itself is exercised. An emulator serves one end; the app opens the other.
 */
public final class PtyPair implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(5);

    private final Process socat;
    private final Path deviceEnd;
    private final Path hostEnd;

    private PtyPair(Process socat, Path deviceEnd, Path hostEnd) {
        this.socat = socat;
        this.deviceEnd = deviceEnd;
        this.hostEnd = hostEnd;
    }

    /** Starts socat with links at {@code deviceEnd} and {@code hostEnd}; waits until both exist. */
    public static PtyPair start(Path deviceEnd, Path hostEnd) throws IOException {
        Process socat;
        try {
            // ignoreeof: a real port survives the app closing and reopening it (a probe does, at each baud rate).
            socat = new ProcessBuilder("socat", "pty,raw,echo=0,ignoreeof,link=" + deviceEnd,
                    "pty,raw,echo=0,ignoreeof,link=" + hostEnd)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            throw new IOException("socat is needed for serial port pairs: install it (apt-get install socat)", e);
        }
        PtyPair pair = new PtyPair(socat, deviceEnd, hostEnd);
        pair.awaitLinks();
        return pair;
    }

    private void awaitLinks() throws IOException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (!(Files.exists(deviceEnd) && Files.exists(hostEnd))) {
            if (!socat.isAlive() || Instant.now().isAfter(deadline)) {
                close();
                throw new IOException("socat did not create " + deviceEnd + " and " + hostEnd);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                throw new IOException("interrupted while starting socat", e);
            }
        }
    }

    public Path deviceEnd() {
        return deviceEnd;
    }

    public Path hostEnd() {
        return hostEnd;
    }

    /** Ends socat, which removes both links: to the app this looks like the device was unplugged. */
    @Override
    public void close() {
        socat.destroy();
        try {
            socat.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
