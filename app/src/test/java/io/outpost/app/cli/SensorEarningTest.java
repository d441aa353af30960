package io.outpost.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.app.devices.DeviceWatching;
import io.outpost.app.devices.PortClaims;
import io.outpost.app.onboarding.MyDevices;
import io.outpost.app.onboarding.TrustClass;
import io.outpost.app.sensors.HostKeys;
import io.outpost.app.relay.SensorAttestation;
import io.outpost.app.wallet.WalletSession;
import io.outpost.crypto.Hex;
import io.outpost.devices.catalog.DeviceFamily;
import io.outpost.devices.families.DeviceFamilies;
import io.outpost.devices.odp.Heartbeat;
import io.outpost.devices.odp.Verification;
import io.outpost.devices.serial.JSerialCommPorts;
import io.outpost.devices.serial.SerialLink;
import io.outpost.devnet.OnboardingNet;
import io.outpost.devnet.oracle.TestClock;
import io.outpost.network.http.Delayer;
import io.outpost.network.http.Http;
import io.outpost.network.http.Retrier;
import io.outpost.network.http.RetryPolicy;
import io.outpost.network.oracle.HeartbeatResult;
import io.outpost.network.oracle.OracleClient;
import io.outpost.wallet.keys.PrivateKey;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * After {@code outpost onboard}, a host-attested sensor keeps earning while the app runs: each round, a heartbeat
 * signed with its key for as long as it reads, none while the wallet was never unlocked, none while the wizard
 * holds its port or after it was pulled out; and the oracle accepts what was signed.
 */
@Timeout(120)
class SensorEarningTest {
    private static final String ALICE_KEY = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";

    @TempDir
    Path temp;

    @Test
    void aSensorOnboardedHereGetsHeartbeatsSignedForItWhileItReads() throws Exception {
        try (OnboardingNet devices = OnboardingNet.start(temp.resolve("net"))) {
            WalletCli cli = new WalletCli(temp);
            cli.useNetwork(devices.profile());
            Path password = cli.secret("password", "a good password");
            cli.importAlice(password);
            String port = devices.sensor().port();
            assertThat(cli.run("onboard", port, "--name", "Balcony air", "--lat", "52.52", "--lon", "13.405",
                    "--password-file", password.toString(), "--json")).as(cli.err()).isZero();
            String sensor = JsonMapper.builder().build().readTree(cli.out()).path("device").asString();

            // A second ahead: the first heartbeat (sent by onboard) carries this very second in milliseconds as its seq.
            TestClock clock = new TestClock(Clock.systemUTC().instant().getEpochSecond() + 1);
            AtomicBoolean unlocked = new AtomicBoolean();
            HostKeys keys = (owner, hardwareId) -> {
                if (!unlocked.get()) {
                    throw new WalletSession.LockedException();
                }
                try (PrivateKey alice = PrivateKey.of(Hex.decode(ALICE_KEY).orElseThrow())) {
                    return HostKeys.derive(alice, hardwareId);
                }
            };
            List<Heartbeat> signed = new CopyOnWriteArrayList<>();
            PortClaims claims = new PortClaims(new JSerialCommPorts());
            DeviceFamilies families = new DeviceFamilies();
            try (SensorAttestation attestation = new SensorAttestation(new DeviceWatching(claims.background(), families,
                    frame -> { }), families::lineSettings, keys, signed::add, clock)) {
                attestation.follow(List.of(new MyDevices.MyDevice(sensor, 31337, "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266",
                        "Balcony air", TrustClass.HOST_ATTESTED, 0, Optional.empty(),
                        Optional.of(new MyDevices.Attachment(port, DeviceFamily.SDS011, "sds011:A160")))));
                Thread.sleep(2500); // the sensor sends a measurement every second

                assertThat(attestation.beat()).as("never unlocked: no key yet").isEqualTo(new SensorAttestation.Beat(0, 1));
                unlocked.set(true);
                assertThat(attestation.beat()).isEqualTo(new SensorAttestation.Beat(1, 0));
                Heartbeat beat = signed.getFirst();
                assertThat(beat.device().value()).isEqualTo(sensor);
                assertThat(beat.verify()).isEqualTo(Verification.VERIFIED);
                OracleClient oracle = new OracleClient(Http.newClient(Duration.ofSeconds(5)), devices.profile().oracleUrl(),
                        Duration.ofSeconds(10), new Retrier(RetryPolicy.defaults(), Delayer.real()), Clock.systemUTC());
                assertThat(oracle.postHeartbeats(List.of(new io.outpost.network.oracle.Heartbeat(sensor, beat.seq(), beat.time(),
                        beat.uptime(), beat.signature()))).join().getFirst()).isInstanceOf(HeartbeatResult.Accepted.class);

                try (SerialLink wizard = claims.foreground().open(port, families.lineSettings(DeviceFamily.SDS011))) {
                    Thread.sleep(1000);
                    assertThat(attestation.beat().signed()).as("the wizard holds the port").isZero();
                }
                Thread.sleep(2500);
                assertThat(attestation.beat().signed()).as("followed again once released").isEqualTo(1);

                devices.sensor().unplug();
                clock.advance(SensorAttestation.EVERY.toSeconds() + 1);
                assertThat(attestation.beat().signed()).as("pulled out: nothing to vouch for").isZero();
            }
        }
    }
}
