package io.outpost.app.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The arguments of a start that only opens the window: none, or {@code --data-dir DIR} and {@code --smoke-test},
 * each at most once. Such a start skips picocli, which reads the annotations of every command first (a fifth of a
 * second that starting from the menu would wait for); anything else, including a mistake, goes through picocli
 * and gets its usual answer.
 */
public record WindowArguments(Path dataDir, boolean smokeTest) {
    private static final String DATA_DIR = "--data-dir";
    private static final String SMOKE_TEST = "--smoke-test";

    public static Optional<WindowArguments> parse(String... args) {
        String dataDir = null;
        boolean smokeTest = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals(SMOKE_TEST) && !smokeTest) {
                smokeTest = true;
            } else if (arg.equals(DATA_DIR) && dataDir == null && i + 1 < args.length) {
                dataDir = args[++i];
            } else if (arg.startsWith(DATA_DIR + "=") && dataDir == null) {
                dataDir = arg.substring(DATA_DIR.length() + 1);
            } else {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(new WindowArguments(dataDir == null ? null : Path.of(dataDir), smokeTest));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
