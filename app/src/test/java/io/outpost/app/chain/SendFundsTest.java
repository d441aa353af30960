package io.outpost.app.chain;

import static io.outpost.app.chain.TestWallet.assertMined;
import static io.outpost.app.chain.TestWallet.refuseToSign;
import static io.outpost.app.chain.TestWallet.signer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.outpost.app.chain.SendFunds.Asset;
import io.outpost.app.chain.SendFunds.Review;
import io.outpost.app.chain.SendFunds.Speed;
import io.outpost.app.chain.SendFunds.Warning;
import io.outpost.devnet.OracleTestNet;
import io.outpost.network.rpc.RpcException;
import io.outpost.wallet.keys.Address;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Sending ether and tokens on anvil: the address checked, warnings, a review of the cost, then the payment. */
@Timeout(120)
class SendFundsTest {
    private static final String ALICE = OracleTestNet.ALICE.getAddress();
    private static final String CAROL = OracleTestNet.CAROL.getAddress();
    private static final String FRIEND = "0x1234aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa5678";
    private static final String LOOK_ALIKE = "0x1234bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb5678";
    private static final BigInteger ONE_ETHER = BigInteger.TEN.pow(18);

    @TempDir
    Path folder;
    private TestWallet wallet;
    private SendFunds send;

    @BeforeEach
    void start() throws Exception {
        wallet = new TestWallet(folder);
        send = new SendFunds(wallet.profile, wallet.rpc, wallet.journal, wallet.sender);
    }

    @AfterEach
    void stop() {
        wallet.close();
    }

    @Test
    void etherIsSentAfterAReviewOfItsMostCostAndALookAlikeOfTheRecipientIsFlagged() throws Exception {
        Review review = send.review(ALICE, new Address(FRIEND).checksummed(), Asset.NATIVE, ONE_ETHER, Speed.FAST).join();
        assertThat(review.warnings()).containsExactly(new Warning.FirstTimeRecipient());
        assertThat(review.gasEstimate()).isEqualTo(21_000);
        assertThat(review.maxTotalNative()).isEqualTo(review.gasLimit().multiply(review.fee().maxFeePerGas()).add(ONE_ETHER));
        BigInteger before = wallet.ether(ALICE);

        assertMined(send.send(review, signer(OracleTestNet.ALICE)).get(60, TimeUnit.SECONDS));

        assertThat(wallet.ether(FRIEND)).isEqualTo(ONE_ETHER);
        assertThat(before.subtract(wallet.ether(ALICE))).isGreaterThan(ONE_ETHER).isLessThanOrEqualTo(review.maxTotalNative());
        assertThat(send.review(ALICE, FRIEND, Asset.NATIVE, ONE_ETHER, Speed.SLOW).join().warnings()).isEmpty();
        assertThat(send.review(ALICE, LOOK_ALIKE, Asset.NATIVE, ONE_ETHER, Speed.NORMAL).join().warnings()).containsExactly(
                new Warning.FirstTimeRecipient(), new Warning.ResemblesRecentRecipient(new Address(FRIEND)));
    }

    @Test
    void tokensAreSentToTheirRecipientAndMoreThanTheBalanceIsRefusedBeforeSigning() throws Exception {
        wallet.net.award(CAROL, BigInteger.valueOf(500));
        String bob = OracleTestNet.BOB.getAddress().toUpperCase(Locale.ROOT).replace("0X", "0x");

        Review review = send.review(CAROL, bob, Asset.TOKEN, BigInteger.valueOf(200), Speed.NORMAL).join();
        assertThat(review.maxTotalNative()).as("no ether sent, only the fee").isEqualTo(review.maxNetworkFee());
        assertMined(send.send(review, signer(OracleTestNet.CAROL)).get(60, TimeUnit.SECONDS));

        assertThat(wallet.net.balance(CAROL)).isEqualTo(300);
        assertThat(wallet.net.balance(OracleTestNet.BOB.getAddress())).isEqualTo(200);
        assertThat(send.warnings(CAROL, SendFunds.recipient(bob))).as("BOB was paid before").isEmpty();
        assertThatThrownBy(() -> send.review(CAROL, bob, Asset.TOKEN, BigInteger.valueOf(301), Speed.NORMAL)
                .thenCompose(tooMuch -> send.send(tooMuch, refuseToSign())).join())
                .cause().isInstanceOfSatisfying(RpcException.Reverted.class,
                        reverted -> assertThat(reverted.errorName()).isEqualTo("ERC20InsufficientBalance"));
    }

    @Test
    void aMixedCaseAddressMustCarryAValidChecksumWhileUniformCaseIsTakenAsIs() {
        String checksummed = new Address(FRIEND).checksummed();
        assertThat(checksummed).isNotEqualTo(FRIEND).isNotEqualTo(FRIEND.toUpperCase(Locale.ROOT));
        String broken = checksummed.substring(0, checksummed.length() - 5)
                + flipCase(checksummed.substring(checksummed.length() - 5));

        assertThat(SendFunds.recipient(" " + checksummed + "\n")).isEqualTo(new Address(FRIEND));
        assertThat(SendFunds.recipient("0x" + FRIEND.substring(2).toUpperCase(Locale.ROOT))).isEqualTo(new Address(FRIEND));
        assertThatThrownBy(() -> SendFunds.recipient(broken)).isInstanceOf(SendFunds.InvalidAddressException.class);
        assertThatThrownBy(() -> SendFunds.recipient(FRIEND + "0")).isInstanceOf(SendFunds.InvalidAddressException.class);
    }

    private static String flipCase(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append((char) (Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c))));
        return out.toString();
    }
}
