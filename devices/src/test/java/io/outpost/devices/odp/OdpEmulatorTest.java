package io.outpost.devices.odp;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.devices.crypto.DeviceAddress;
import io.outpost.devices.serial.InMemoryLinks;
import io.outpost.devices.serial.SerialLink;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The ODP/1 emulator over an in-memory link, spoken to as the app speaks to the real device. */
@Timeout(30)
class OdpEmulatorTest {
    @TempDir
    Path state;

    private final InMemoryLinks links = new InMemoryLinks("/dev/ttyACM0");
    private final OdpRequests requests = new OdpRequests();
    private final OdpLineParser parser = new OdpLineParser();
    private final List<OdpMessage> inbox = new ArrayList<>();
    private OdpEmulator emulator;
    private Thread device;

    @BeforeEach
    void boot() throws IOException {
        emulator = OdpEmulator.inFolder(state, Clock.systemUTC());
        device = Thread.ofVirtual().start(() -> emulator.serve(links.device()));
    }

    @AfterEach
    void unplug() throws InterruptedException {
        emulator.stop();
        links.host().close();
        device.join();
    }

    private OdpMessage next(SerialLink host) throws IOException {
        byte[] buffer = new byte[4096];
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (inbox.isEmpty() && System.nanoTime() < deadline) {
            int n = host.read(buffer, 100);
            inbox.addAll(parser.feed(buffer, 0, n));
        }
        assertThat(inbox).as("a message within 5 s").isNotEmpty();
        return inbox.removeFirst();
    }

    private OdpMessage.Response ask(OdpRequest request) throws IOException {
        links.host().write(request.bytes());
        while (true) {
            if (next(links.host()) instanceof OdpMessage.Response response) {
                assertThat(response.id().getAsLong()).isEqualTo(request.id());
                return response;
            }
        }
    }

    @Test
    void bootsWithAVerifiedHeartbeatAndIdentifiesWithItsOwnKey() throws IOException {
        OdpMessage first = next(links.host());
        Heartbeat heartbeat = Heartbeat.from((OdpMessage.Notification) first).orElseThrow();
        assertThat(heartbeat.verify()).isEqualTo(Verification.VERIFIED);

        Identity identity = Identity.from(ask(requests.identify()).result().orElseThrow()).orElseThrow();
        assertThat(identity.publicKeyMatchesDevice()).isTrue();
        assertThat(identity.device()).isEqualTo(heartbeat.device());
        assertThat(heartbeat.verifyFrom(identity.device())).isEqualTo(Verification.VERIFIED);
    }

    @Test
    void theKeyIsKeptPrivateAndTheSameDeviceComesBackAfterARestart() throws Exception {
        String address = emulator.deviceAddress();
        Path keyFile = state.resolve("odp-device.key");
        assertThat(Files.getPosixFilePermissions(keyFile))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(Files.readString(keyFile)).doesNotContain(address.substring(2));
        long seq = Heartbeat.from((OdpMessage.Notification) next(links.host())).orElseThrow().seq();

        OdpEmulator again = OdpEmulator.inFolder(state, Clock.systemUTC());
        InMemoryLinks second = new InMemoryLinks("/dev/ttyACM1");
        Thread.ofVirtual().start(() -> again.serve(second.device()));
        inbox.clear();
        Heartbeat afterRestart = Heartbeat.from((OdpMessage.Notification) next(second.host())).orElseThrow();
        again.stop();
        second.host().close();

        assertThat(again.deviceAddress()).isEqualTo(address);
        assertThat(afterRestart.seq()).as("seq survives reboots").isGreaterThan(seq);
    }

    @Test
    void configureAppliesValidSettingsAndRejectsOutOfRangeOnesWithoutChangingAnything() throws IOException {
        next(links.host());
        DeviceConfig valid = DeviceConfig.NONE.withHeartbeatInterval(60).withNetwork(new Network("devnet", 31337))
                .withLocation(new Coordinates(52.37, 4.90));
        assertThat(ask(requests.configure(valid)).result().orElseThrow().get("ok").asBoolean()).isTrue();

        links.host().write("{\"jsonrpc\":\"2.0\",\"id\":99,\"method\":\"configure\",\"params\":{\"heartbeatInterval\":4,\"network\":{\"name\":\"x\",\"chainId\":1}}}\n"
                .getBytes(StandardCharsets.US_ASCII));
        OdpMessage.Response rejected = (OdpMessage.Response) next(links.host());
        assertThat(rejected.error().orElseThrow().code()).isEqualTo(RpcError.INVALID_PARAMS);

        DeviceStatus status = DeviceStatus.from(ask(requests.status()).result().orElseThrow()).orElseThrow();
        assertThat(status.heartbeatInterval()).isEqualTo(60);
        assertThat(status.network().orElseThrow().name()).isEqualTo("devnet");
        assertThat(status.location()).isPresent();
    }

    @Test
    void signsOnlyItsOwnOnboardMessage() throws IOException {
        next(links.host());
        DeviceAddress self = DeviceAddress.parse(emulator.deviceAddress()).orElseThrow();
        DeviceAddress owner = DeviceAddress.parse("0x2c7536e3605d9c16a7a3d7b1898e529396a65c23").orElseThrow();
        DeviceAddress registry = DeviceAddress.parse("0x5fbdb2315678afecb367f032d93f642f64180aa3").orElseThrow();
        Onboard own = Onboard.builder().registry(31337, registry).device(self).owner(owner).location(0x8c1fb46622dffffL)
                .nonce(BigInteger.ONE).deadline(BigInteger.valueOf(1_800_000_000L)).build();

        JsonNode signed = ask(requests.signTypedData(own.typedData())).result().orElseThrow();
        assertThat(own.verify(signed)).isEqualTo(Verification.VERIFIED);

        Onboard someoneElses = Onboard.builder().registry(31337, registry).device(owner).owner(owner).location(1)
                .nonce(BigInteger.ONE).deadline(BigInteger.TEN).build();
        assertThat(ask(requests.signTypedData(someoneElses.typedData())).error().orElseThrow().code())
                .isEqualTo(RpcError.REFUSED);
    }

    @Test
    void badLinesGetJsonRpcErrorsAndTheDeviceKeepsWorking() throws IOException {
        next(links.host());
        // Noise without any brace is line noise and dropped; from the first brace on, the line must be JSON.
        links.host().write("noise\n~~{this is not json\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(((OdpMessage.Response) next(links.host())).error().orElseThrow().code()).isEqualTo(RpcError.PARSE_ERROR);
        links.host().write(("{\"pad\":\"" + "x".repeat(5000) + "\"}\n").getBytes(StandardCharsets.US_ASCII));
        assertThat(((OdpMessage.Response) next(links.host())).error().orElseThrow().code()).isEqualTo(RpcError.PARSE_ERROR);
        links.host().write("{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"reboot\"}\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(((OdpMessage.Response) next(links.host())).error().orElseThrow().code()).isEqualTo(RpcError.METHOD_NOT_FOUND);

        assertThat(Identity.from(ask(requests.identify()).result().orElseThrow())).isPresent();
    }

    @Test
    void aClosedLinkEndsTheEmulator() throws InterruptedException {
        links.host().close();
        device.join(5000);
        assertThat(device.isAlive()).isFalse();
        assertThat(Optional.of(emulator)).isPresent();
    }
}
