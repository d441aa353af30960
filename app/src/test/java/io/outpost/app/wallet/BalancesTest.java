package io.outpost.app.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.devnet.OracleTestNet;
import io.outpost.devnet.merkle.CumulativeMerkleTree;
import io.outpost.devnet.network.CountingProxy;
import io.outpost.devnet.network.DevnetFixture;
import io.outpost.network.NetworkProfile;
import io.outpost.network.abi.ContractAbi;
import io.outpost.network.chain.RewardsClient;
import io.outpost.network.chain.StakingClient;
import io.outpost.network.chain.TokenClient;
import io.outpost.network.http.Delayer;
import io.outpost.network.http.Http;
import io.outpost.network.http.Retrier;
import io.outpost.network.http.RetryPolicy;
import io.outpost.network.oracle.OracleClient;
import io.outpost.wallet.keys.Address;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.web3j.crypto.Credentials;

/** Balances of three accounts on a real anvil: exact figures, one RPC batch and one parallel wave of oracle GETs. */
@Timeout(120)
public class BalancesTest {
    static final BigInteger TOKEN = BigInteger.TEN.pow(18);
    static final String ALICE = OracleTestNet.ALICE.getAddress().toLowerCase(Locale.ROOT);
    static final String BOB = OracleTestNet.BOB.getAddress().toLowerCase(Locale.ROOT);
    static final String CAROL = OracleTestNet.CAROL.getAddress().toLowerCase(Locale.ROOT);
    /** What the oracle's latest tree (epoch 2) gives: ALICE claimed 100 of her 250 at epoch 1 and staked 30. */
    public static final Map<String, BigInteger> LATEST = Map.of(ALICE, tokens(250), CAROL, tokens(50));

    private static DevnetFixture devnet;
    private static final HttpClient HTTP = Http.newClient(Duration.ofSeconds(5));

    @BeforeAll
    static void prepareChain() throws Exception {
        devnet = DevnetFixture.start();
        rewardAndStake(devnet);
    }

    @AfterAll
    static void stop() {
        devnet.close();
        HTTP.close();
    }

    /** Epoch 1 posted and claimed by ALICE (100), who stakes 30 of it; epoch 2 (ALICE 250, CAROL 50) posted, unclaimed. */
    public static void rewardAndStake(DevnetFixture devnet) throws Exception {
        NetworkProfile.ContractAddresses contracts = devnet.profile().contracts();
        CumulativeMerkleTree first = new CumulativeMerkleTree(Map.of(ALICE, tokens(100), CAROL, tokens(50)));
        postRoot(devnet, 1, first.root(), tokens(150));
        RewardsClient rewards = new RewardsClient(devnet.rpc(), contracts.rewardsDistributor());
        send(devnet, OracleTestNet.ALICE, contracts.rewardsDistributor(), rewards.claimCallData(ALICE, tokens(100), first.proof(ALICE)));
        send(devnet, OracleTestNet.ALICE, contracts.token(),
                new TokenClient(devnet.rpc(), contracts.token()).approveCallData(contracts.staking(), tokens(30)));
        send(devnet, OracleTestNet.ALICE, contracts.staking(),
                new StakingClient(devnet.rpc(), contracts.staking()).stakeCallData(tokens(30)));
        postRoot(devnet, 2, new CumulativeMerkleTree(LATEST).root(), tokens(150));
    }

    private static void postRoot(DevnetFixture devnet, long epoch, byte[] root, BigInteger total) throws Exception {
        byte[] call = ContractAbi.load("RewardsDistributor").function("postRoot").encodeCall(BigInteger.valueOf(epoch), root, total);
        send(devnet, OracleTestNet.BOB, devnet.profile().contracts().rewardsDistributor(), call);
    }

    private static void send(DevnetFixture devnet, Credentials from, String to, byte[] call) throws Exception {
        assertThat(devnet.transact(from, to, call).success()).as("transaction to %s", to).isTrue();
    }

    static BigInteger tokens(long whole) {
        return BigInteger.valueOf(whole).multiply(TOKEN);
    }

    private static OracleClient oracle(URI url) {
        return new OracleClient(HTTP, url, Duration.ofSeconds(10), new Retrier(RetryPolicy.defaults(), Delayer.real()), Clock.systemUTC());
    }

    @Test
    void everyFigureOfEveryAccountInOneBatchAndOneParallelWaveOfOracleRequests() throws Exception {
        List<Address> accounts = List.of(address(ALICE), address(BOB), address(CAROL));
        try (CountingProxy node = CountingProxy.start(devnet.chain().rpcUrl());
             RewardsOracleStub stub = new RewardsOracleStub(2, LATEST, accounts.size())) {
            Balances balances = new Balances(devnet.profile(), devnet.rpc(node.url()), oracle(stub.url()));

            List<Balances.AccountBalance> result = balances.of(accounts).get();

            assertThat(node.requests()).as("JSON-RPC round trips").isEqualTo(1);
            assertThat(stub.requests()).as("oracle GETs, all in flight together").isEqualTo(accounts.size());
            Balances.AccountBalance alice = result.get(0);
            assertThat(alice.address()).isEqualTo(address(ALICE));
            assertThat(alice.tokens()).isEqualTo(tokens(70));
            assertThat(alice.staked()).isEqualTo(tokens(30));
            assertThat(alice.claimable()).contains(tokens(150));
            assertThat(alice.ether()).isPositive();
            assertThat(result.get(1).claimable()).as("BOB: the oracle has nothing for him").contains(BigInteger.ZERO);
            assertThat(result.get(2).tokens()).isZero();
            assertThat(result.get(2).claimable()).contains(tokens(50));
            assertThat(result.get(2).ether()).isEqualTo(BigInteger.TEN.pow(22));
        }
    }

    @Test
    void anOracleThatDoesNotAnswerLeavesClaimableUnknownButTheChainFiguresStand() throws Exception {
        Balances balances = new Balances(devnet.profile(), devnet.rpc(), oracle(URI.create("http://127.0.0.1:9")));

        Balances.AccountBalance carol = balances.of(List.of(address(CAROL))).get().getFirst();

        assertThat(carol.claimable()).isEqualTo(Optional.empty());
        assertThat(carol.ether()).isEqualTo(BigInteger.TEN.pow(22));
    }

    static Address address(String hex) {
        return Address.parse(hex).orElseThrow();
    }
}
