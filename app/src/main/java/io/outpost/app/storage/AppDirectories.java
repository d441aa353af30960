package io.outpost.app.storage;

import io.outpost.wallet.Wallet;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Where Outpost keeps its files: settings in the OS config folder, everything else (logs, wallet) in the
 * data folder. {@link #portable} puts both in one folder, for tests and portable installs.
 */
public record AppDirectories(Path config, Path data) {
    public AppDirectories {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(data, "data");
    }

    public static AppDirectories portable(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        return new AppDirectories(absolute, absolute);
    }

    /** The folders the operating system's conventions give, from its name, the environment and the home folder. */
    public static AppDirectories forOs(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            Path roaming = envPath(env, "APPDATA", home.resolve("AppData").resolve("Roaming"));
            Path local = envPath(env, "LOCALAPPDATA", home.resolve("AppData").resolve("Local"));
            return new AppDirectories(roaming.resolve("Outpost"), local.resolve("Outpost"));
        }
        if (os.contains("mac")) {
            Path support = home.resolve("Library").resolve("Application Support").resolve("Outpost");
            return new AppDirectories(support, support);
        }
        Path config = envPath(env, "XDG_CONFIG_HOME", home.resolve(".config"));
        Path data = envPath(env, "XDG_DATA_HOME", home.resolve(".local").resolve("share"));
        return new AppDirectories(config.resolve("outpost"), data.resolve("outpost"));
    }

    public Path settingsFile() {
        return config.resolve("settings.json");
    }

    public Path logs() {
        return data.resolve("logs");
    }

    /** The encrypted wallet: one keystore per account and the encrypted recovery words (the wallet module's layout). */
    public Path keystores() {
        return Wallet.folderIn(data);
    }

    /** The app's own records (the heartbeat relay's queue, later what the dashboards saw), one SQLite file. */
    public Path database() {
        return data.resolve("outpost.db");
    }

    /** What the dashboards show: online spans, readings, earnings and claims, in a SQLite file of its own. */
    public Path history() {
        return data.resolve("history.db");
    }

    /** Installed network profiles, one JSON file each ({@code outpost devnet up} writes {@code devnet.json}). */
    public Path networks() {
        return data.resolve("networks");
    }

    /** The local devnet's chain state and oracle files. */
    public Path devnet() {
        return data.resolve("devnet");
    }

    /** Programs Outpost fetched for itself (anvil), which it can fetch again. */
    public Path cache() {
        return data.resolve("cache");
    }

    // XDG says a relative value is invalid and must be ignored; the same is sensible for Windows variables.
    private static Path envPath(Map<String, String> env, String name, Path fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        Path path = Path.of(value);
        return path.isAbsolute() ? path : fallback;
    }
}
