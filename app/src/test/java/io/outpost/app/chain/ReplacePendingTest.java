package io.outpost.app.chain;

import static io.outpost.app.chain.TestWallet.signer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.outpost.app.chain.SendFunds.Asset;
import io.outpost.app.chain.SendFunds.Speed;
import io.outpost.app.transactions.JournalEntry;
import io.outpost.app.transactions.JournalEntry.State;
import io.outpost.app.transactions.WrongChainException;
import io.outpost.devnet.OracleTestNet;
import io.outpost.network.NetworkProfile;
import io.outpost.network.rpc.Eth;
import io.outpost.network.rpc.ReceiptPoller.Outcome;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Speed up and cancel on anvil with automine off, so that the first transaction waits in the pool. */
@Timeout(120)
class ReplacePendingTest {
    private static final String ALICE = OracleTestNet.ALICE.getAddress();
    private static final String FRIEND = "0x1234aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa5678";
    private static final BigInteger AMOUNT = BigInteger.valueOf(1_000);

    @TempDir
    Path folder;
    private TestWallet wallet;
    private SendFunds send;
    private ReplacePending replace;

    @BeforeEach
    void start() throws Exception {
        wallet = new TestWallet(folder);
        send = new SendFunds(wallet.profile, wallet.rpc, wallet.journal, wallet.sender);
        replace = new ReplacePending(wallet.profile, wallet.rpc, wallet.journal, wallet.sender);
    }

    @AfterEach
    void stop() {
        wallet.close();
    }

    /** Sends a small payment to FRIEND that stays pending; its hash and the future of its outcome. */
    private CompletableFuture<Outcome> pendingPayment() throws Exception {
        wallet.automine(false);
        CompletableFuture<Outcome> outcome = send.send(send.review(ALICE, FRIEND, Asset.NATIVE, AMOUNT, Speed.SLOW).join(),
                signer(OracleTestNet.ALICE));
        awaitPending(1);
        return outcome;
    }

    private List<JournalEntry> awaitPending(int count) throws InterruptedException {
        for (int attempt = 0; attempt < 400; attempt++) {
            List<JournalEntry> pending = wallet.journal.pending(wallet.profile.chainId());
            if (pending.size() >= count) {
                return wallet.journal.ofAccount(wallet.profile.chainId(), ALICE);
            }
            Thread.sleep(25);
        }
        throw new AssertionError("no " + count + " pending transactions");
    }

    private JsonNode onChain(String hash) {
        return wallet.rpc.call(Eth.transactionByHash(hash)).join();
    }

    @Test
    void aSpedUpPaymentIsMinedInsteadOfTheOriginalWithBothFeesRaised() throws Exception {
        CompletableFuture<Outcome> original = pendingPayment();
        String originalHash = wallet.journal.ofAccount(wallet.profile.chainId(), ALICE).getFirst().hash();
        JsonNode before = onChain(originalHash); // the node forgets it once it is replaced

        CompletableFuture<Outcome> faster = replace.speedUp(originalHash, signer(OracleTestNet.ALICE));
        JournalEntry replacement = awaitPending(2).getFirst();
        wallet.mine();

        assertThat(faster.get(60, TimeUnit.SECONDS)).isInstanceOf(Outcome.Mined.class);
        assertThat(original.get(60, TimeUnit.SECONDS)).isInstanceOf(Outcome.Replaced.class);
        assertThat(wallet.journal.byHash(originalHash)).map(JournalEntry::state).contains(State.REPLACED);
        assertThat(replacement.nonce()).isEqualTo(wallet.journal.byHash(originalHash).orElseThrow().nonce());
        JsonNode after = onChain(replacement.hash());
        for (String fee : List.of("maxFeePerGas", "maxPriorityFeePerGas")) {
            assertThat(Eth.quantity(after.get(fee))).as(fee).isGreaterThanOrEqualTo(ReplacePending.raised(Eth.quantity(before.get(fee))));
        }
        assertThat(wallet.ether(FRIEND)).as("paid once").isEqualTo(AMOUNT);
    }

    @Test
    void aCancelledPaymentPaysNothingAndCanNoLongerBeReplaced() throws Exception {
        CompletableFuture<Outcome> original = pendingPayment();
        String originalHash = wallet.journal.ofAccount(wallet.profile.chainId(), ALICE).getFirst().hash();

        CompletableFuture<Outcome> cancel = replace.cancel(originalHash, signer(OracleTestNet.ALICE));
        JournalEntry cancelling = awaitPending(2).getFirst();
        wallet.mine();

        assertThat(cancel.get(60, TimeUnit.SECONDS)).isInstanceOf(Outcome.Mined.class);
        assertThat(original.get(60, TimeUnit.SECONDS)).isInstanceOf(Outcome.Replaced.class);
        assertThat(cancelling.to()).contains(ALICE.toLowerCase());
        assertThat(cancelling.value()).isZero();
        assertThat(wallet.ether(FRIEND)).isZero();
        assertThatThrownBy(() -> replace.speedUp(originalHash, signer(OracleTestNet.ALICE)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("REPLACED");
    }

    @Test
    void aProfileForAnotherChainGetsNoReplacementSigned() throws Exception {
        CompletableFuture<Outcome> original = pendingPayment();
        String originalHash = wallet.journal.ofAccount(wallet.profile.chainId(), ALICE).getFirst().hash();
        NetworkProfile right = wallet.profile;
        NetworkProfile stale = new NetworkProfile(right.id(), right.name(), 1, right.rpcUrls(), right.contracts(), right.oracleUrl(),
                right.token(), right.epochSeconds(), right.explorerUrl());
        ReplacePending onStaleProfile = new ReplacePending(stale, wallet.rpc, wallet.journal, wallet.sender);

        for (boolean cancel : List.of(false, true)) {
            CompletableFuture<Outcome> refused = cancel ? onStaleProfile.cancel(originalHash, TestWallet.refuseToSign())
                    : onStaleProfile.speedUp(originalHash, TestWallet.refuseToSign());
            assertThatThrownBy(() -> refused.get(60, TimeUnit.SECONDS)).hasCauseInstanceOf(WrongChainException.class);
        }
        assertThat(wallet.journal.ofAccount(wallet.profile.chainId(), ALICE)).hasSize(1);
        wallet.mine();
        assertThat(original.get(60, TimeUnit.SECONDS)).isInstanceOf(Outcome.Mined.class);
        assertThat(wallet.ether(FRIEND)).isEqualTo(AMOUNT);
    }

    @Test
    void feesAreRaisedByAnEighthRoundedUp() {
        assertThat(ReplacePending.raised(BigInteger.valueOf(8))).isEqualTo(9);
        assertThat(ReplacePending.raised(BigInteger.valueOf(9))).isEqualTo(11);
        assertThat(ReplacePending.raised(BigInteger.ZERO)).isZero();
    }
}
