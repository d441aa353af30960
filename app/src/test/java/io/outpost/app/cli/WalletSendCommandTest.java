package io.outpost.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.devnet.EarningNet;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** {@code outpost wallet send} on a real anvil: a review first, sent only with --yes, warnings that matter. */
@Timeout(120)
class WalletSendCommandTest {
    private static final String BOB = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
    // BOB's first four and last four hex digits, another address in between: what an address-poisoner plants
    private static final String LOOK_ALIKE = "0x709900000000000000000000000000000000" + "79c8";

    @TempDir
    Path temp;
    private EarningNet earning;
    private WalletCli cli;
    private Path password;

    @BeforeEach
    void start() throws Exception {
        earning = EarningNet.start(temp);
        cli = new WalletCli(temp);
        cli.useNetwork(earning.profile());
        password = cli.secret("password", "a long test password");
        cli.importAlice(password);
    }

    @AfterEach
    void stop() {
        earning.close();
    }

    private int send(String... args) {
        return cli.run(Stream.concat(Stream.of("wallet", "send"), Stream.concat(Arrays.stream(args),
                Stream.of("--password-file", password.toString()))).toArray(String[]::new));
    }

    private BigInteger ether(String account) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            String body = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_getBalance\",\"params\":[\"" + account.toLowerCase() + "\",\"latest\"]}";
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(earning.chain().rpcUrl()))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new BigInteger(JsonMapper.builder().build().readTree(answer.body()).get("result").asString().substring(2), 16);
        }
    }

    @Test
    void showsTheReviewAndSendsOnlyWithYes() throws Exception {
        BigInteger before = ether(BOB);
        assertThat(send(BOB, "0.5")).as(cli.err()).isZero();
        assertThat(cli.out()).contains("Send 0.5 ETH to " + BOB + " from 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266.",
                "Network fee: at most ", "(normal)", "At most in all: ",
                "Warning: you have never paid this address before.", "Nothing was sent.");
        assertThat(ether(BOB)).isEqualTo(before);

        assertThat(send(BOB, "0.5", "--yes")).as(cli.err()).isZero();
        assertThat(cli.out()).containsPattern("Sent: transaction 0x[0-9a-f]{64} is on the chain.");
        assertThat(ether(BOB).subtract(before)).isEqualTo(new BigInteger("500000000000000000"));

        assertThat(send(BOB, "0.1")).isZero();
        assertThat(cli.out()).doesNotContain("never paid this address");
        assertThat(send(LOOK_ALIKE, "0.1")).isZero();
        assertThat(cli.out()).contains("Warning: this address looks like " + BOB + ", which you paid before, but it is a different one.");
    }

    @Test
    void aMistypedAddressAndMoreTokensThanHeldAreRefusedBeforeSigning() {
        assertThat(send(BOB.replace("C51812", "c51812"), "1")).isEqualTo(2);
        assertThat(cli.err()).contains("is not an address, or one of its letters has the wrong case");
        assertThat(send(BOB, "1", "--token", "--yes")).isEqualTo(4);
        assertThat(cli.err()).contains("(ERC20InsufficientBalance)");
        assertThat(send(BOB, "1", "--account", "5")).isEqualTo(2);
        assertThat(cli.err()).contains("This wallet has no account 5.");
        assertThat(cli.run("wallet", "history", "--account", "5")).isEqualTo(2);
        assertThat(cli.err()).contains("This wallet has no account 5.");
    }

    @Test
    void aProfileForAnotherChainGetsNoSignature() throws Exception {
        cli.useNetwork(WalletCli.onAnotherChain(earning.profile()));
        BigInteger before = ether(BOB);

        assertThat(send(BOB, "0.5", "--yes")).isEqualTo(4);
        assertThat(cli.err()).contains("answers for another chain than its profile names, so nothing was signed");
        assertThat(ether(BOB)).isEqualTo(before);
    }
}
