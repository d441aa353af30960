package io.outpost.app.chain;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.app.storage.LocalDatabase;
import io.outpost.app.transactions.TransactionJournal;
import io.outpost.app.transactions.TransactionSender;
import io.outpost.devnet.AnvilNode;
import io.outpost.devnet.OracleTestNet;
import io.outpost.network.NetworkProfile;
import io.outpost.network.NetworkProfiles;
import io.outpost.network.http.Delayer;
import io.outpost.network.http.Http;
import io.outpost.network.rpc.Eth;
import io.outpost.network.rpc.Fees;
import io.outpost.network.rpc.JsonRpcClient;
import io.outpost.network.rpc.ReceiptPoller;
import io.outpost.network.rpc.ReceiptPoller.Outcome;
import io.outpost.network.rpc.RpcOptions;
import io.outpost.network.rpc.RpcRequest;
import io.outpost.wallet.tx.SignedTransaction;
import io.outpost.wallet.tx.Transaction;
import io.outpost.wallet.tx.TransactionSigner;
import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.web3j.crypto.Credentials;

/** The chain use cases' test bed: a fresh devnet on anvil, the app's journal and sender, and anvil's test keys. */
final class TestWallet implements AutoCloseable {
    final OracleTestNet net;
    final NetworkProfile profile;
    final JsonRpcClient rpc;
    final LocalDatabase database;
    final TransactionJournal journal;
    final TransactionSender sender;

    TestWallet(Path folder) throws Exception {
        net = OracleTestNet.start();
        NetworkProfile builtIn = NetworkProfiles.builtIn().byIdOrDefault(NetworkProfiles.DEVNET_ID);
        profile = new NetworkProfile("devnet", builtIn.name(), AnvilNode.CHAIN_ID, List.of(URI.create(net.rpcUrl())),
                new NetworkProfile.ContractAddresses(net.registry(), net.distributor(), net.staking(), net.token()),
                builtIn.oracleUrl(), builtIn.token(), builtIn.epochSeconds(), Optional.empty());
        rpc = new JsonRpcClient(Http.newClient(Duration.ofSeconds(5)), profile.rpcUrls(), RpcOptions.defaults(), Delayer.real(),
                Clock.systemUTC());
        database = LocalDatabase.open(folder.resolve("outpost.db"));
        journal = new TransactionJournal(database);
        sender = new TransactionSender(journal, rpc, new ReceiptPoller(rpc, Delayer.real(), Duration.ofMillis(50)),
                Clock.systemUTC());
    }

    static Function<Transaction, SignedTransaction> signer(Credentials account) {
        BigInteger key = account.getEcKeyPair().getPrivateKey();
        return transaction -> new TransactionSigner().sign(transaction, key);
    }

    static Function<Transaction, SignedTransaction> refuseToSign() {
        return transaction -> {
            throw new AssertionError("asked to sign a transaction that would fail");
        };
    }

    static void assertMined(Outcome outcome) {
        assertThat(outcome).isInstanceOfSatisfying(Outcome.Mined.class, mined -> assertThat(mined.receipt().success()).isTrue());
    }

    Fees.Fee fee() {
        return new Fees(rpc).suggest().join().normal();
    }

    BigInteger ether(String account) {
        return Eth.quantity(rpc.call(RpcRequest.of("eth_getBalance", account.toLowerCase(), "latest")).join());
    }

    /** anvil mines each transaction at once unless told otherwise; off, transactions wait in the pool. */
    void automine(boolean on) {
        rpc.call(RpcRequest.of("evm_setAutomine", on)).join();
    }

    void mine() {
        rpc.call(RpcRequest.of("evm_mine")).join();
    }

    @Override
    public void close() {
        database.close();
        net.close();
    }
}
