package io.outpost.app.transactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.outpost.app.storage.LocalDatabase;
import io.outpost.app.transactions.JournalEntry.State;
import io.outpost.devnet.AnvilNode;
import io.outpost.devnet.Chain;
import io.outpost.network.http.Delayer;
import io.outpost.network.http.Http;
import io.outpost.network.rpc.Eth;
import io.outpost.network.rpc.JsonRpcClient;
import io.outpost.network.rpc.ReceiptPoller;
import io.outpost.network.rpc.ReceiptPoller.Outcome;
import io.outpost.network.rpc.RpcException;
import io.outpost.network.rpc.RpcOptions;
import io.outpost.network.rpc.RpcRequest;
import io.outpost.wallet.tx.SignedTransaction;
import io.outpost.wallet.tx.Transaction;
import io.outpost.wallet.tx.TransactionSigner;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Sending on a real anvil: recorded before broadcast, never paid twice, settled by hash and nonce. */
@Timeout(90)
class TransactionSenderTest {
    private static final BigInteger ALICE_KEY = Chain.ALICE.getEcKeyPair().getPrivateKey();
    private static final String ALICE = Chain.ALICE.getAddress();
    private static final String BOB = Chain.BOB.getAddress();

    @TempDir
    Path folder;
    private Chain chain;
    private LocalDatabase database;
    private TransactionJournal journal;
    private JsonRpcClient rpc;

    @BeforeEach
    void start() throws Exception {
        chain = Chain.start();
        database = LocalDatabase.open(folder.resolve("outpost.db"));
        journal = new TransactionJournal(database);
        rpc = client(chain.rpcUrl());
    }

    @AfterEach
    void stop() {
        database.close();
        chain.close();
    }

    private static JsonRpcClient client(URI url) {
        return new JsonRpcClient(Http.newClient(Duration.ofSeconds(5)), List.of(url), RpcOptions.defaults(), Delayer.real(),
                Clock.systemUTC());
    }

    private TransactionSender sender(JsonRpcClient through) {
        return new TransactionSender(journal, through, new ReceiptPoller(through, Delayer.real(), Duration.ofMillis(50)),
                Clock.systemUTC());
    }

    private static Transaction.FeeMarket payment(long nonce, long wei) {
        return new Transaction.FeeMarket(AnvilNode.CHAIN_ID, BigInteger.valueOf(nonce), BigInteger.valueOf(1_000_000_000L),
                BigInteger.valueOf(50_000_000_000L), BigInteger.valueOf(21_000), Optional.of(BOB), BigInteger.valueOf(wei), new byte[0]);
    }

    private static SignedTransaction transfer(long nonce, long wei) {
        return new TransactionSigner().sign(payment(nonce, wei), ALICE_KEY);
    }

    private long minedNonce() {
        return Eth.quantity(rpc.call(Eth.transactionCount(ALICE)).join()).longValueExact();
    }

    private BigInteger balance(String account) {
        return Eth.quantity(rpc.call(RpcRequest.of("eth_getBalance", account.toLowerCase(), "latest")).join());
    }

    @Test
    void aLostAnswerIsFollowedNotSentAgainAndPaysOnce() throws Exception {
        HttpServer lossy = answerLostOnSend(chain.rpcUrl());
        try {
            long nonce = sender(rpc).nextNonce(AnvilNode.CHAIN_ID, ALICE).join();
            BigInteger before = balance(BOB);
            SignedTransaction payment = transfer(nonce, 777);
            Outcome outcome = sender(client(URI.create("http://127.0.0.1:" + lossy.getAddress().getPort())))
                    .send(payment(nonce, 777), payment).get(60, TimeUnit.SECONDS);

            assertThat(outcome).isInstanceOf(Outcome.Mined.class);
            assertThat(journal.byHash(payment.hash())).hasValueSatisfying(entry -> {
                assertThat(entry.state()).isEqualTo(State.MINED);
                assertThat(entry.recipient()).contains(BOB.toLowerCase());
                assertThat(entry.value()).isEqualTo(BigInteger.valueOf(777));
            });
            assertThat(balance(BOB).subtract(before)).isEqualTo(BigInteger.valueOf(777));
            assertThat(minedNonce()).isEqualTo(nonce + 1);
        } finally {
            lossy.stop(0);
        }
    }

    @Test
    void afterACrashBeforeBroadcastTheSameBytesAreSentAndFollowed() throws Exception {
        long nonce = minedNonce();
        SignedTransaction payment = transfer(nonce, 5);
        journal.record(new JournalEntry(AnvilNode.CHAIN_ID, ALICE, nonce, payment.hash(), payment.raw(), State.PENDING,
                Optional.empty(), 0, Optional.of(BOB), BigInteger.valueOf(5), Optional.of(BOB)));

        List<Outcome> outcomes = sender(rpc).reconcile(AnvilNode.CHAIN_ID).stream().map(f -> f.orTimeout(60, TimeUnit.SECONDS).join()).toList();

        assertThat(outcomes).singleElement().isInstanceOf(Outcome.Mined.class);
        assertThat(journal.byHash(payment.hash())).map(JournalEntry::state).contains(State.MINED);
        assertThat(journal.pending(AnvilNode.CHAIN_ID)).isEmpty();
    }

    @Test
    void aTransactionWhoseNonceWentToAnotherIsReplacedAndTheNextNonceSkipsPendingOnes() throws Exception {
        long nonce = minedNonce();
        SignedTransaction first = transfer(nonce, 1);
        journal.record(new JournalEntry(AnvilNode.CHAIN_ID, ALICE, nonce, first.hash(), first.raw(), State.PENDING, Optional.empty(), 0,
                Optional.of(BOB), BigInteger.ONE, Optional.of(BOB)));
        assertThat(sender(rpc).nextNonce(AnvilNode.CHAIN_ID, ALICE).join()).as("past the journal's pending one").isEqualTo(nonce + 1);

        SignedTransaction other = transfer(nonce, 2);
        assertThat(rpc.sendRawTransaction(other.raw()).join()).isEqualTo(other.hash());
        List<Outcome> outcomes = sender(rpc).reconcile(AnvilNode.CHAIN_ID).stream().map(f -> f.orTimeout(60, TimeUnit.SECONDS).join()).toList();

        assertThat(outcomes).singleElement().isInstanceOf(Outcome.Replaced.class);
        assertThat(journal.byHash(first.hash())).map(JournalEntry::state).contains(State.REPLACED);
    }

    @Test
    void noNonceIsGivenForAProfileWhoseChainIsNotTheNodes() {
        assertThatThrownBy(() -> sender(rpc).nextNonce(1, ALICE).join()).hasCauseInstanceOf(WrongChainException.class)
                .hasMessageContaining("the node is on chain 31337, the profile names chain 1");
    }

    @Test
    void aTransactionTheNodeRefusesIsSettledAsRejectedWithItsReason() {
        long nonce = minedNonce();
        sender(rpc).send(payment(nonce, 3), transfer(nonce, 3)).orTimeout(60, TimeUnit.SECONDS).join();
        SignedTransaction stale = transfer(nonce, 4);

        assertThatThrownBy(() -> sender(rpc).send(payment(nonce, 4), stale).orTimeout(60, TimeUnit.SECONDS).join())
                .hasCauseInstanceOf(RpcException.RpcError.class);
        assertThat(journal.byHash(stale.hash())).hasValueSatisfying(entry -> {
            assertThat(entry.state()).isEqualTo(State.REJECTED);
            assertThat(entry.problem()).isPresent();
        });
    }

    /** Forwards everything to the node, but hangs up without an answer when a transaction is sent. */
    private static HttpServer answerLostOnSend(URI node) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        HttpClient http = HttpClient.newHttpClient();
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            try {
                HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(node).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
                if (new String(body, StandardCharsets.UTF_8).contains("eth_sendRawTransaction")) {
                    exchange.close(); // the node has it; the sender never hears so
                    return;
                }
                exchange.sendResponseHeaders(answer.statusCode(), answer.body().length);
                exchange.getResponseBody().write(answer.body());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        server.start();
        return server;
    }
}
