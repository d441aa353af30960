package io.outpost.devnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.outpost.devices.crypto.DeviceAddress;
import io.outpost.devices.crypto.DeviceKey;
import io.outpost.devices.odp.Onboard;
import io.outpost.devnet.contracts.DeviceRegistry;
import io.outpost.network.NetworkProfile;
import io.outpost.network.NetworkProfiles;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.crypto.Credentials;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.http.HttpService;
import org.web3j.tuples.generated.Tuple2;
import org.web3j.tx.RawTransactionManager;
import org.web3j.tx.gas.StaticGasProvider;
import org.web3j.tx.response.PollingTransactionReceiptProcessor;

/** The whole devnet on a real anvil: fixed addresses, the profile it reports, and a restart from its state file. */
@Timeout(120)
class DevnetTest {
    // anvil's account 2: a provider of the demo, who registers a device.
    private static final Credentials PROVIDER =
            Credentials.create("0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a");
    private static final long LOCATION = 0x881fb46623fffffL;

    @TempDir
    Path temp;

    private final HealthOnlyOracle oracle = new HealthOnlyOracle();

    private RunningDevnet start(Path dataDir) throws IOException {
        Devnet.Options options = new Devnet.Options(dataDir, AnvilNode.freePort(), AnvilNode.freePort(), 30);
        return new Devnet(Chain.anvil(), oracle).start(options);
    }

    @Test
    void theContractsLandWhereTheBuiltInProfileSaysAndTheProfileDescribesThisDevnet() throws Exception {
        NetworkProfile builtIn = NetworkProfiles.builtIn().byId(NetworkProfiles.DEVNET_ID).orElseThrow();
        try (RunningDevnet devnet = start(temp)) {
            NetworkProfile profile = devnet.profile();
            assertThat(profile.contracts()).isEqualTo(builtIn.contracts());
            assertThat(profile.token()).isEqualTo(builtIn.token());
            assertThat(profile.id()).isEqualTo(builtIn.id());
            assertThat(profile.chainId()).isEqualTo(AnvilNode.CHAIN_ID);
            assertThat(profile.epochSeconds()).isEqualTo(30);
            assertThat(profile.explorerUrl()).isEmpty();
            assertThat(profile.rpcUrl().getHost()).isEqualTo("127.0.0.1");

            OracleLauncher.Settings settings = oracle.started().getFirst();
            assertThat(settings.contracts()).isEqualTo(builtIn.contracts());
            assertThat(settings.oracleKey().getAddress()).isEqualTo("0x70997970c51812dc3a010c7d01b50e0d17dc79c8");
            assertThat(settings.rpcUrl()).isEqualTo(profile.rpcUrl());
            assertThat(settings.toString()).doesNotContain("59c6995e");
            assertThat(get(profile.oracleUrl().resolve("/v1/health"))).contains("\"status\":\"ok\"", "31337");
        }
    }

    @Test
    void aRestartFromTheStateFileKeepsARegisteredDeviceAndDeploysNothing() throws Exception {
        DeviceKey key = DeviceKey.fromBytes(new byte[] {0x42, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16,
                17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31});
        String device = key.address().value();
        RunningDevnet first = start(temp);
        try (first) {
            register(first.profile(), key);
            assertThat(ownerOf(first.profile(), device)).isEqualToIgnoringCase(PROVIDER.getAddress());
        }
        assertThat(first.chainProcess().isAlive()).isFalse();
        assertThat(temp.resolve(Devnet.STATE_FILE)).isNotEmptyFile();

        try (RunningDevnet second = start(temp)) {
            assertThat(second.profile().contracts()).isEqualTo(first.profile().contracts());
            assertThat(ownerOf(second.profile(), device)).isEqualToIgnoringCase(PROVIDER.getAddress());
            assertThat(transactionsSent(second.profile(), AnvilAccounts.DEPLOYER)).as("deployments, none repeated")
                    .isEqualTo(3);
        }
    }

    @Test
    void aChainWhoseDeployerSentOtherTransactionsFirstIsRefused() throws Exception {
        try (AnvilNode node = AnvilNode.start(Chain.anvil())) {
            Web3j web3j = Web3j.build(new HttpService(node.rpcUrl().toString()));
            try {
                new RawTransactionManager(web3j, AnvilAccounts.DEPLOYER, AnvilNode.CHAIN_ID)
                        .sendTransaction(web3j.ethGasPrice().send().getGasPrice(), BigInteger.valueOf(21_000),
                                PROVIDER.getAddress(), "", BigInteger.ONE);
                assertThatThrownBy(() -> new DevnetDeployer(web3j, AnvilAccounts.DEPLOYER)
                        .deployOrReuse(AnvilAccounts.ORACLE.getAddress(), Devnet.STAKING_COOLDOWN))
                        .isInstanceOf(IOException.class)
                        .hasMessageContaining("DeviceRegistry belongs at 0x5fbdb2315678afecb367f032d93f642f64180aa3")
                        .hasMessageContaining("new state file");
            } finally {
                web3j.shutdown();
            }
        }
    }

    private static <T> T onChain(NetworkProfile profile, ChainStep<T> step) throws Exception {
        Web3j web3j = Web3j.build(new HttpService(profile.rpcUrl().toString()));
        try {
            return step.run(web3j);
        } finally {
            web3j.shutdown();
        }
    }

    private static void register(NetworkProfile profile, DeviceKey key) throws Exception {
        boolean registered = onChain(profile, web3j -> {
            BigInteger deadline = web3j.ethGetBlockByNumber(DefaultBlockParameterName.LATEST, false).send().getBlock()
                    .getTimestamp().add(BigInteger.valueOf(600));
            Onboard onboard = Onboard.builder()
                    .registry(AnvilNode.CHAIN_ID, DeviceAddress.parse(profile.contracts().deviceRegistry()).orElseThrow())
                    .device(key.address()).owner(DeviceAddress.parse(PROVIDER.getAddress()).orElseThrow())
                    .location(LOCATION).nonce(BigInteger.ZERO).deadline(deadline).build();
            DeviceRegistry registry = DeviceRegistry.load(profile.contracts().deviceRegistry(), web3j,
                    new RawTransactionManager(web3j, PROVIDER, AnvilNode.CHAIN_ID,
                            new PollingTransactionReceiptProcessor(web3j, 50, 100)),
                    new StaticGasProvider(web3j.ethGasPrice().send().getGasPrice(), BigInteger.valueOf(500_000)));
            return registry.register(key.address().value(), PROVIDER.getAddress(), BigInteger.valueOf(LOCATION),
                    deadline, key.sign(onboard.hash())).send().isStatusOK();
        });
        assertThat(registered).isTrue();
    }

    private static String ownerOf(NetworkProfile profile, String device) throws Exception {
        Tuple2<String, BigInteger> entry = onChain(profile, web3j -> DeviceRegistry.load(
                profile.contracts().deviceRegistry(), web3j, PROVIDER,
                new StaticGasProvider(BigInteger.ONE, BigInteger.ONE)).devices(device).send());
        return entry.component1();
    }

    private static long transactionsSent(NetworkProfile profile, Credentials account) throws Exception {
        return onChain(profile, web3j -> web3j.ethGetTransactionCount(account.getAddress(),
                DefaultBlockParameterName.LATEST).send().getTransactionCount().longValueExact());
    }

    @FunctionalInterface
    private interface ChainStep<T> {
        T run(Web3j web3j) throws Exception;
    }

    private static String get(URI uri) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            return response.body();
        }
    }
}
