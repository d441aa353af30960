package io.outpost.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.app.onboarding.MyDevices;
import io.outpost.app.onboarding.TrustClass;
import io.outpost.app.storage.LocalDatabase;
import io.outpost.devices.crypto.DeviceKey;
import io.outpost.devnet.EarningNet;
import io.outpost.devnet.OracleTestNet;
import io.outpost.network.oracle.OracleClient;
import io.outpost.network.oracle.Rewards;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code outpost earnings export} on a devnet: two devices earn over three epochs, the owner claims twice, and the
 * export's claims add up to what the chain paid while its earnings per day and device are the oracle's.
 */
@Timeout(180)
class EarningsExportTest {
    private static final String ALICE = OracleTestNet.ALICE.getAddress();
    private static final long G = EarningNet.GENESIS;
    private static final long E = EarningNet.EPOCH;

    @TempDir
    Path temp;

    @Test
    void theExportMatchesTheChainsClaimsAndTheOraclesEarnings() throws Exception {
        try (EarningNet net = EarningNet.start(temp.resolve("net"))) {
            WalletCli cli = new WalletCli(temp);
            cli.useNetwork(net.profile());
            DeviceKey d1 = net.newDevice(OracleTestNet.ALICE);
            DeviceKey d2 = net.newDevice(OracleTestNet.ALICE);
            rememberOnboarded(cli.data().resolve("outpost.db"), net.profile().chainId(), d1, d2);
            net.beat(d1, G, G + 2 * E);
            net.beat(d2, G + E + 300, G + 3 * E);
            assertThat(net.closeUntil(G + 2 * E + 1)).containsExactly(1L, 2L);
            OracleClient oracle = net.oracleClient();
            claim(net, oracle);

            JsonNode first = export(cli);
            assertThat(first.path("claims")).hasSize(1);
            assertThat(first.path("totals").path("claimed").asString()).isEqualTo(net.chain().balance(ALICE).toString());

            assertThat(net.closeUntil(G + 3 * E + 1)).containsExactly(3L);
            claim(net, oracle);
            JsonNode second = export(cli);

            assertThat(second.path("claims")).hasSize(2);
            assertThat(second.path("claims").valueStream().map(c -> c.path("transaction").asString()))
                    .allMatch(hash -> hash.matches("0x[0-9a-f]{64}")).doesNotHaveDuplicates();
            assertThat(second.path("totals").path("claimed").asString()).as("what the chain minted to the owner")
                    .isEqualTo(net.chain().balance(ALICE).toString());
            assertThat(perDay(second)).as("the oracle's own numbers").isEqualTo(oraclePerDay(oracle, List.of(d1, d2), 3));
            assertThat(second.path("earnings")).hasSize(2);

            assertThat(cli.run("earnings", "export", "--from", "2020-01-01", "--to", "2035-12-31", "--csv")).as(cli.err()).isZero();
            List<String> rows = cli.out().lines().toList();
            assertThat(rows.getFirst()).isEqualTo("date,kind,device,owner,amount,transaction");
            assertThat(rows).hasSize(1 + 2 + 2).filteredOn(row -> row.contains(",claim,")).hasSize(2);
        }
    }

    @Test
    void aDateThatIsNoDateIsRefusedWithAnExample() {
        WalletCli cli = new WalletCli(temp);
        assertThat(cli.run("earnings", "export", "--from", "31.3.2026", "--to", "2026-04-30")).as(cli.err()).isEqualTo(2);
        assertThat(cli.err()).contains("31.3.2026", "YYYY-MM-DD");
        assertThat(cli.run("earnings", "export", "--from", "2026-05-01", "--to", "2026-04-30")).as(cli.err()).isEqualTo(2);
    }

    private static void rememberOnboarded(Path database, long chainId, DeviceKey... devices) {
        try (LocalDatabase db = LocalDatabase.open(database)) {
            MyDevices mine = new MyDevices(db);
            for (DeviceKey device : devices) {
                mine.save(new MyDevices.MyDevice(device.address().value(), chainId, ALICE, "Device " + device.address().value(),
                        TrustClass.HARDWARE_VERIFIED, 0, Optional.empty(), Optional.empty()));
            }
        }
    }

    private static void claim(EarningNet net, OracleClient oracle) throws Exception {
        Rewards rewards = oracle.rewards(ALICE).join().orElseThrow();
        assertThat(net.chain().claim(ALICE, rewards.cumulativeAmount(), rewards.proof())).isTrue();
    }

    private static JsonNode export(WalletCli cli) throws Exception {
        assertThat(cli.run("earnings", "export", "--from", "2020-01-01", "--to", "2035-12-31", "--json")).as(cli.err()).isZero();
        return JsonMapper.builder().build().readTree(cli.out());
    }

    private static Map<String, BigInteger> perDay(JsonNode export) {
        Map<String, BigInteger> days = new HashMap<>();
        export.path("earnings").forEach(row -> days.put(row.path("date").asString() + " " + row.path("device").asString(),
                new BigInteger(row.path("amount").asString())));
        return days;
    }

    private static Map<String, BigInteger> oraclePerDay(OracleClient oracle, List<DeviceKey> devices, long epochs) {
        Map<String, BigInteger> days = new HashMap<>();
        for (DeviceKey device : devices) {
            for (long epoch = 1; epoch <= epochs; epoch++) {
                oracle.deviceRewards(device.address().value(), epoch).join().ifPresent(paid -> days.merge(
                        LocalDate.ofInstant(Instant.ofEpochSecond(paid.end() - 1), ZoneOffset.UTC) + " " + paid.device(),
                        paid.amount(), BigInteger::add));
            }
        }
        return days;
    }
}
