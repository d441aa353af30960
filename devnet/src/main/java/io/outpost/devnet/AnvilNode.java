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
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A real EVM node (Foundry's anvil) on loopback, for the devnet and the tests: chain id 31337, the accounts
 * of anvil's default mnemonic. Started on a free port; closing it ends the process, never leaving an orphan.
 */
public final class AnvilNode implements AutoCloseable {
    public static final long CHAIN_ID = 31337;
    private static final Duration START_TIMEOUT = Duration.ofSeconds(20);
    private static final String NPM_ANVIL = "network/contracts/node_modules/.bin/anvil";

    private final Process process;
    private final int port;

    private AnvilNode(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts {@code anvil} on a free loopback port and waits until it listens. */
    public static AnvilNode start(Path anvil) throws IOException {
        int port = freePort();
        Process process = new ProcessBuilder(anvil.toString(), "--host", "127.0.0.1", "--port", Integer.toString(port),
                "--chain-id", Long.toString(CHAIN_ID))
                .redirectErrorStream(true)
                .start();
        AnvilNode node = new AnvilNode(process, port);
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

    private void awaitListening() throws IOException {
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<Boolean> listening = CompletableFuture.supplyAsync(() -> {
            try {
                for (String line; (line = output.readLine()) != null; ) {
                    if (line.contains("Listening on")) {
                        drain(output);
                        return true;
                    }
                }
            } catch (IOException e) {
                return false;
            }
            return false;
        });
        try {
            if (!listening.get(START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                close();
                throw new IOException("anvil exited before it listened on port " + port);
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
        Thread.ofVirtual().start(() -> {
            try {
                while (output.readLine() != null) {
                    // discarded: the node's request log
                }
            } catch (IOException e) {
                // the process ended
            }
        });
    }

    private static int freePort() throws IOException {
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
