package io.outpost.devnet;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A real EVM node (Foundry's anvil) on loopback, for the devnet and the tests: chain id 31337, the accounts
 * of anvil's default mnemonic ({@link AnvilAccounts}). Closing it ends the process, never leaving an orphan.
 */
public final class AnvilNode implements AutoCloseable {
    public static final long CHAIN_ID = 31337;
    private static final Duration START_TIMEOUT = Duration.ofSeconds(20);
    /** How often anvil also writes its state file while running, so that a hard kill loses little. */
    static final Duration STATE_INTERVAL = Duration.ofSeconds(5);
    private static final String NPM_ANVIL = "network/contracts/node_modules/.bin/anvil";

    private final Process process;
    private final int port;
    private volatile String failure = "";

    private AnvilNode(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts {@code anvil} on a free loopback port and waits until it listens. */
    public static AnvilNode start(Path anvil) throws IOException {
        return start(anvil, freePort(), List.of());
    }

    /**
     * Starts {@code anvil} on {@code port} of loopback with its chain kept in {@code stateFile}: loaded when the
     * file exists, written every few seconds and when anvil is stopped.
     */
    public static AnvilNode start(Path anvil, int port, Path stateFile) throws IOException {
        Files.createDirectories(stateFile.toAbsolutePath().getParent());
        return start(anvil, port, List.of("--state", stateFile.toAbsolutePath().toString(),
                "--state-interval", Long.toString(STATE_INTERVAL.toSeconds())));
    }

    private static AnvilNode start(Path anvil, int port, List<String> options) throws IOException {
        List<String> command = new ArrayList<>(List.of(anvil.toString(), "--host", "127.0.0.1",
                "--port", Integer.toString(port), "--chain-id", Long.toString(CHAIN_ID)));
        command.addAll(options);
        AnvilNode node = new AnvilNode(new ProcessBuilder(command).redirectErrorStream(true).start(), port);
        node.awaitListening();
        return node;
    }

    /**
     * Where anvil is: {@code OUTPOST_ANVIL}, then the npm package installed for the contracts
     * ({@code network/contracts/node_modules}) under {@code searchRoot} or its parent, then the PATH.
     */
    public static Optional<Path> locate(Path searchRoot, String pathVariable, String anvilVariable) {
        List<Path> candidates = new ArrayList<>();
        if (anvilVariable != null && !anvilVariable.isBlank()) {
            candidates.add(Path.of(anvilVariable));
        }
        Path root = searchRoot.toAbsolutePath().normalize();
        candidates.add(root.resolve(NPM_ANVIL));
        if (root.getParent() != null) {
            candidates.add(root.getParent().resolve(NPM_ANVIL));
        }
        if (pathVariable != null) {
            for (String folder : pathVariable.split(File.pathSeparator)) {
                if (!folder.isBlank()) {
                    candidates.add(Path.of(folder, "anvil"));
                    candidates.add(Path.of(folder, "anvil.exe")); // Windows
                }
            }
        }
        return candidates.stream().filter(Files::isExecutable).findFirst();
    }

    public URI rpcUrl() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public boolean alive() {
        return process.isAlive();
    }

    /** The anvil process, to find it among this program's children. */
    public ProcessHandle process() {
        return process.toHandle();
    }

    /** Blocks until anvil has ended, for whatever reason. */
    public void awaitExit() throws InterruptedException {
        process.waitFor();
    }

    private void awaitListening() throws IOException {
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        // A thread of its own: in a busy JVM the common pool may have no worker free for a blocking read.
        CompletableFuture<Boolean> listening = CompletableFuture.supplyAsync(() -> {
            try {
                for (String line; (line = output.readLine()) != null; ) {
                    // Only anvil's own error line is kept: its start-up banner lists the (test) private keys.
                    if (failure.isEmpty() && line.strip().toLowerCase(Locale.ROOT).startsWith("error")) {
                        failure = ": " + line.strip();
                    }
                    if (line.contains("Listening on")) {
                        drain(output);
                        return true;
                    }
                }
            } catch (IOException e) {
                return false;
            }
            return false;
        }, AnvilNode::ownThread);
        try {
            if (!listening.get(START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                close();
                throw new IOException("anvil exited before it listened on port " + port + failure);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new IOException("interrupted while starting anvil", e);
        } catch (ExecutionException | TimeoutException e) {
            close();
            throw new IOException("anvil did not listen on port " + port + " within " + START_TIMEOUT.toSeconds() + " s", e);
        }
    }

    // anvil logs every request; its output must keep flowing or it blocks on a full pipe.
    private static void drain(BufferedReader output) {
        ownThread(() -> {
            try {
                while (output.readLine() != null) {
                    // discarded: the node's request log
                }
            } catch (IOException e) {
                // the process ended
            }
        });
    }

    /** Runs a blocking task (reading a child process's output) on a daemon thread of its own. */
    static void ownThread(Runnable task) {
        Thread.ofPlatform().daemon().name("anvil-output").start(task);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
