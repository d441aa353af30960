package io.outpost.devnet;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Finds anvil, or installs Foundry's npm package of it for this platform into a cache folder. Everything it
 * looks at (the environment, the operating system, the folders) is passed in, so tests can arrange each case.
 */
public final class AnvilInstaller {
    public static final String VERSION = "1.7.1";
    private static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(5);

    private final Map<String, String> env;
    private final String osName;
    private final String osArch;
    private final Path searchRoot;
    private final Path cacheDir;

    /**
     * @param env the environment: {@code PATH} (for anvil and npm) and {@code OUTPOST_ANVIL}
     * @param searchRoot where a source checkout's {@code network/contracts/node_modules} may be (or its parent)
     * @param cacheDir the folder that holds Outpost's own copy of anvil, in {@code anvil/}
     */
    public AnvilInstaller(Map<String, String> env, String osName, String osArch, Path searchRoot, Path cacheDir) {
        this.env = Map.copyOf(env);
        this.osName = osName;
        this.osArch = osArch;
        this.searchRoot = searchRoot;
        this.cacheDir = cacheDir;
    }

    /** The npm package name's platform part for an OS and architecture as Java names them, if Foundry builds for it. */
    public static Optional<String> platform(String osName, String osArch) {
        String os = osName.toLowerCase(Locale.ROOT);
        String arch = switch (osArch.toLowerCase(Locale.ROOT)) {
            case "amd64", "x86_64", "x64" -> "amd64";
            case "aarch64", "arm64" -> "arm64";
            default -> null;
        };
        String system = os.startsWith("linux") ? "linux" : os.startsWith("mac") || os.startsWith("darwin") ? "darwin"
                : os.startsWith("windows") ? "win32" : null;
        if (arch == null || system == null || system.equals("win32") && arch.equals("arm64")) {
            return Optional.empty();
        }
        return Optional.of(system + "-" + arch);
    }

    /** anvil as {@link AnvilNode#locate} finds it, else the copy an earlier {@link #install()} put in the cache. */
    public Optional<Path> find() {
        return AnvilNode.locate(searchRoot, env.get("PATH"), env.get("OUTPOST_ANVIL"))
                .or(() -> platform(osName, osArch).map(this::cachedBinary).filter(Files::isExecutable));
    }

    /** Installs {@code @foundry-rs/anvil-<platform>} with npm into the cache folder and returns the program. */
    public Path install() throws AnvilUnavailableException {
        String platform = platform(osName, osArch).orElseThrow(() -> new AnvilUnavailableException(
                AnvilUnavailableException.Reason.UNSUPPORTED_PLATFORM, osName + " " + osArch));
        Path npm = onPath(windows() ? List.of("npm.cmd", "npm.exe", "npm") : List.of("npm"))
                .orElseThrow(() -> new AnvilUnavailableException(AnvilUnavailableException.Reason.NO_NPM, ""));
        Path prefix = cacheDir.resolve("anvil");
        String output;
        try {
            Files.createDirectories(prefix);
            output = run(List.of(npm.toString(), "install", "--prefix", prefix.toString(), "--no-audit", "--no-fund",
                    "@foundry-rs/anvil-" + platform + "@" + VERSION));
        } catch (IOException e) {
            throw new AnvilUnavailableException(AnvilUnavailableException.Reason.INSTALL_FAILED, e.getMessage());
        }
        Path anvil = cachedBinary(platform);
        if (!Files.isExecutable(anvil)) {
            throw new AnvilUnavailableException(AnvilUnavailableException.Reason.INSTALL_FAILED,
                    "npm finished without installing " + anvil + ": " + output);
        }
        return anvil;
    }

    private Path cachedBinary(String platform) {
        return cacheDir.resolve("anvil").resolve("node_modules").resolve("@foundry-rs").resolve("anvil-" + platform)
                .resolve("bin").resolve(platform.startsWith("win32") ? "anvil.exe" : "anvil");
    }

    private boolean windows() {
        return osName.toLowerCase(Locale.ROOT).startsWith("windows");
    }

    private Optional<Path> onPath(List<String> names) {
        String path = env.get("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String folder : path.split(File.pathSeparator)) {
            for (String name : names) {
                if (!folder.isBlank() && Files.isExecutable(Path.of(folder, name))) {
                    return Optional.of(Path.of(folder, name));
                }
            }
        }
        return Optional.empty();
    }

    /** Runs npm with this installer's environment; its output comes back for the error message. */
    private String run(List<String> command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(env);
        Process process = builder.start();
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()),
                AnvilNode::ownThread);
        try {
            if (!process.waitFor(INSTALL_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("npm did not finish within " + INSTALL_TIMEOUT.toMinutes() + " minutes");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while npm installed anvil", e);
        }
        String text = output.join().strip();
        if (process.exitValue() != 0) {
            throw new IOException("npm failed (exit " + process.exitValue() + "): " + lastLines(text));
        }
        return text;
    }

    private static String readAll(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static String lastLines(String text) {
        List<String> lines = text.lines().filter(line -> !line.isBlank()).toList();
        return String.join(" / ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
    }
}
