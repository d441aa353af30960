package io.outpost.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.devnet.EarningNet;
import io.outpost.network.http.Delayer;
import io.outpost.network.http.Http;
import io.outpost.network.rpc.Eth;
import io.outpost.network.rpc.JsonRpcClient;
import io.outpost.network.rpc.RpcOptions;
import io.outpost.network.rpc.RpcRequest;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code outpost wallet speed-up|cancel HASH} on a real anvil with automine off: a payment sent from another
 * terminal waits in the pool, the user finds its hash with {@code wallet history} and replaces it.
 */
@Timeout(180)
class WalletReplaceCommandsTest {
    private static final String ALICE = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
    private static final String BOB = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
    private static final BigInteger HALF_ETHER = new BigInteger("500000000000000000");
    private static final Pattern WAITING = Pattern.compile("speed-up (0x[0-9a-f]{64})");

    @TempDir
    Path temp;
    private EarningNet earning;
    private WalletCli cli;
    private Path password;
    private JsonRpcClient rpc;
    private final ExecutorService terminals = Executors.newCachedThreadPool();

    @BeforeEach
    void start() throws Exception {
        earning = EarningNet.start(temp);
        rpc = new JsonRpcClient(Http.newClient(Duration.ofSeconds(5)), earning.profile().rpcUrls(), RpcOptions.defaults(),
                Delayer.real(), Clock.systemUTC());
        cli = new WalletCli(temp);
        cli.useNetwork(earning.profile());
        password = cli.secret("password", "a long test password");
        cli.importAlice(password);
    }

    @AfterEach
    void stop() {
        terminals.shutdownNow();
        earning.close();
    }

    /** {@code outpost …} running in another terminal: what it prints, and its exit code when it ends. */
    private record Terminal(WalletCli cli, CompletableFuture<Integer> exit) {
        int exitCode() throws Exception {
            return exit.get(60, TimeUnit.SECONDS);
        }
    }

    private Terminal inAnotherTerminal(String... args) {
        WalletCli other = new WalletCli(temp);
        return new Terminal(other, CompletableFuture.supplyAsync(() -> other.run(args), terminals));
    }

    /** A payment waiting in the pool: the terminal that sent it, still following it, and its hash as history shows it. */
    private record Waiting(Terminal send, String hash) {
    }

    /** Half an ether to BOB, sent with --yes from another terminal and left in the pool (automine off). */
    private Waiting waitingPayment() throws Exception {
        rpc.call(RpcRequest.of("evm_setAutomine", false)).join();
        Terminal send = inAnotherTerminal("wallet", "send", BOB, "0.5", "--yes", "--password-file", password.toString());
        for (int attempt = 0; attempt < 300; attempt++) {
            assertThat(cli.run("wallet", "history")).as(cli.err()).isZero();
            Matcher waiting = WAITING.matcher(cli.out());
            if (waiting.find()) {
                assertThat(cli.out()).contains("Transaction to " + BOB + ": waiting to be mined.  Still waiting: speed it up with “outpost wallet speed-up ");
                return new Waiting(send, waiting.group(1));
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the payment never showed as waiting: " + cli.out());
    }

    /** The history as one JSON document, once {@code pending} of its transactions are waiting. */
    private JsonNode historyOnceWaiting(int pending) throws Exception {
        for (int attempt = 0; attempt < 300; attempt++) {
            assertThat(cli.run("wallet", "history", "--json")).as(cli.err()).isZero();
            JsonNode history = JsonMapper.builder().build().readTree(cli.out());
            if (history.path("items").valueStream().filter(item -> item.path("transaction").path("state").asString().equals("pending"))
                    .count() >= pending) {
                return history;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("never " + pending + " transactions waiting: " + cli.out());
    }

    private BigInteger ether(String account) {
        return Eth.quantity(rpc.call(RpcRequest.of("eth_getBalance", account.toLowerCase(), "latest")).join());
    }

    @Test
    void aSpedUpPaymentIsPaidOnceByItsReplacement() throws Exception {
        BigInteger before = ether(BOB);
        Waiting payment = waitingPayment();
        String original = payment.hash();

        Terminal speedUp = inAnotherTerminal("wallet", "speed-up", original, "--password-file", password.toString());
        JsonNode waiting = historyOnceWaiting(2);
        List<JsonNode> items = waiting.path("items").valueStream().toList();
        assertThat(waiting.path("account").asString()).isEqualTo(ALICE);
        assertThat(items).extracting(item -> item.path("transaction").path("nonce").asLong()).containsOnly(items.getFirst()
                .path("transaction").path("nonce").asLong());
        assertThat(items).extracting(item -> item.path("transaction").path("to").asString()).containsOnly(BOB);
        rpc.call(RpcRequest.of("evm_mine")).join();

        assertThat(speedUp.exitCode()).as(speedUp.cli().err()).isZero();
        assertThat(payment.send().exitCode()).as("the original was replaced").isEqualTo(4);
        assertThat(payment.send().cli().err()).contains("did not go through: another transaction took its place");
        assertThat(ether(BOB).subtract(before)).as("paid once").isEqualTo(HALF_ETHER);

        assertThat(cli.run("wallet", "history", "--json")).as(cli.err()).isZero();
        JsonNode history = JsonMapper.builder().build().readTree(cli.out());
        assertThat(history.path("items").valueStream().map(item -> item.path("transaction").path("state").asString()))
                .containsExactlyInAnyOrder("mined", "replaced");
        String replacement = history.path("items").valueStream().filter(item -> item.path("transaction").path("state").asString()
                .equals("mined")).findFirst().orElseThrow().path("transaction").path("hash").asString();
        assertThat(Instant.parse(history.path("items").get(0).path("time").asString()))
                .isAfterOrEqualTo(Instant.parse(history.path("items").get(1).path("time").asString()));
        assertThat(speedUp.cli().out()).contains("Sped up: transaction " + replacement + " took the place of " + original
                + " and is on the chain.");

        assertThat(cli.run("wallet", "speed-up", original, "--password-file", password.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("Transaction " + original + " is no longer waiting (replaced by another transaction)");
        assertThat(cli.run("wallet", "cancel", replacement, "--password-file", password.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("is no longer waiting (done)");
    }

    @Test
    void aCancelledPaymentPaysNothing() throws Exception {
        BigInteger before = ether(BOB);
        Waiting payment = waitingPayment();
        String original = payment.hash();

        // as an explorer writes it: the hash is found whatever the case of its letters
        Terminal cancel = inAnotherTerminal("wallet", "cancel", "0x" + original.substring(2).toUpperCase(),
                "--password-file", password.toString());
        historyOnceWaiting(2);
        rpc.call(RpcRequest.of("evm_mine")).join();

        assertThat(cancel.exitCode()).as(cancel.cli().err()).isZero();
        assertThat(cancel.cli().out()).containsPattern("Cancelled: transaction 0x[0-9a-f]{64} took the place of " + original);
        assertThat(payment.send().exitCode()).isEqualTo(4);
        assertThat(ether(BOB)).isEqualTo(before);

        String unknown = "0x" + "ab".repeat(32);
        assertThat(cli.run("wallet", "cancel", unknown, "--password-file", password.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("There is no transaction " + unknown + " in this computer’s records.");
        assertThat(cli.run("wallet", "history")).isZero();
        assertThat(cli.out()).contains("Transaction to " + ALICE + ": done.", "Transaction to " + BOB + ": replaced by another transaction.")
                .doesNotContain("Still waiting");
    }

    @Test
    void aProfileForAnotherChainGetsNoReplacementSigned() throws Exception {
        BigInteger before = ether(BOB);
        Waiting payment = waitingPayment();
        String original = payment.hash();
        cli.useNetwork(WalletCli.onAnotherChain(earning.profile()));

        for (String command : List.of("speed-up", "cancel")) { // in a terminal of their own: a replacement signed would wait
            Terminal refused = inAnotherTerminal("wallet", command, original, "--password-file", password.toString());
            assertThat(refused.exitCode()).as(command).isEqualTo(4);
            assertThat(refused.cli().err()).contains("answers for another chain than its profile names, so nothing was signed for " + ALICE);
        }
        rpc.call(RpcRequest.of("evm_mine")).join();

        assertThat(payment.send().exitCode()).as("the original went through, nothing replaced it").isZero();
        assertThat(ether(BOB).subtract(before)).isEqualTo(HALF_ETHER);
    }
}
