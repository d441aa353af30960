package io.outpost.devnet.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.devnet.AnvilNode;
import io.outpost.devnet.Chain;
import io.outpost.wallet.tx.SignedTransaction;
import io.outpost.wallet.tx.Transaction;
import io.outpost.wallet.tx.TransactionSigner;
import java.math.BigInteger;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.TransactionEncoder;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.methods.response.EthSendTransaction;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.protocol.http.HttpService;

/**
 * The wallet's own EIP-1559 signing against two references: web3j's encoder signs the same fields to the
 * same bytes, and a real node accepts the transaction and names the wallet's address as its sender.
 */
@Timeout(60)
class TransactionSignerOnChainTest {
    private static final BigInteger ALICE_KEY = Chain.ALICE.getEcKeyPair().getPrivateKey();
    private static Chain chain;
    private static Web3j web3j;

    @BeforeAll
    static void start() throws Exception {
        chain = Chain.start();
        web3j = Web3j.build(new HttpService(chain.rpcUrl().toString()));
    }

    @AfterAll
    static void stop() {
        web3j.shutdown();
        chain.close();
    }

    @Test
    void signsAFeeMarketTransactionAsWeb3jDoesAndANodeAcceptsIt() throws Exception {
        BigInteger nonce = web3j.ethGetTransactionCount(Chain.ALICE.getAddress(),
                org.web3j.protocol.core.DefaultBlockParameterName.PENDING).send().getTransactionCount();
        BigInteger tip = BigInteger.valueOf(1_000_000_000L);
        BigInteger maxFee = BigInteger.valueOf(30_000_000_000L);
        String to = Chain.BOB.getAddress();
        Transaction.FeeMarket transfer = new Transaction.FeeMarket(AnvilNode.CHAIN_ID, nonce, tip, maxFee,
                BigInteger.valueOf(21_000), Optional.of(to), BigInteger.valueOf(12_345), new byte[0]);

        SignedTransaction signed = new TransactionSigner().sign(transfer, ALICE_KEY);
        byte[] reference = TransactionEncoder.signMessage(RawTransaction.createEtherTransaction(AnvilNode.CHAIN_ID, nonce,
                BigInteger.valueOf(21_000), to, BigInteger.valueOf(12_345), tip, maxFee), Chain.ALICE);
        assertThat(HexFormat.of().formatHex(signed.raw())).isEqualTo(HexFormat.of().formatHex(reference));

        EthSendTransaction sent = web3j.ethSendRawTransaction(signed.rawHex()).send();
        assertThat(sent.hasError()).as("%s", sent.getError() == null ? "" : sent.getError().getMessage()).isFalse();
        assertThat(sent.getTransactionHash()).isEqualTo(signed.hash());
        TransactionReceipt receipt = receipt(signed.hash());
        assertThat(receipt.isStatusOK()).isTrue();
        assertThat(receipt.getFrom()).isEqualToIgnoringCase(signed.from()).isEqualToIgnoringCase(Chain.ALICE.getAddress());
    }

    // anvil mines at once, but its answer to the receipt query may come a moment later on a busy machine
    private static TransactionReceipt receipt(String hash) throws Exception {
        for (int attempt = 0; attempt < 400; attempt++) {
            var receipt = web3j.ethGetTransactionReceipt(hash).send().getTransactionReceipt();
            if (receipt.isPresent()) {
                return receipt.get();
            }
            Thread.sleep(25);
        }
        throw new AssertionError("no receipt for " + hash + " after 10 s");
    }

    @Test
    void aLegacyTransactionForAnotherChainIsRefusedByTheNode() throws Exception {
        Transaction.Legacy otherChain = new Transaction.Legacy(1, BigInteger.ZERO, BigInteger.valueOf(30_000_000_000L),
                BigInteger.valueOf(21_000), Optional.of(Chain.BOB.getAddress()), BigInteger.ONE, new byte[0]);
        EthSendTransaction sent = web3j.ethSendRawTransaction(new TransactionSigner().sign(otherChain, ALICE_KEY).rawHex()).send();
        assertThat(sent.hasError()).as("replay protection: chain 1's transaction on chain 31337").isTrue();
    }
}
