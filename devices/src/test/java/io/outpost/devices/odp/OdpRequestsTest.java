package io.outpost.devices.odp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.outpost.devices.crypto.DeviceAddress;
import io.outpost.crypto.Eip712;
import java.math.BigInteger;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class OdpRequestsTest {
    private final OdpRequests requests = new OdpRequests();

    private static JsonNode oneLine(OdpRequest request) {
        String line = request.line();
        assertThat(line).endsWith("\n");
        assertThat(line.indexOf('\n')).isEqualTo(line.length() - 1);
        assertThat(line).doesNotContain("\r");
        JsonNode json = JsonMapper.shared().readTree(line);
        assertThat(json.get("jsonrpc").stringValue()).isEqualTo("2.0");
        assertThat(json.get("id").longValue()).isEqualTo(request.id());
        assertThat(json.get("method").stringValue()).isEqualTo(request.method());
        return json;
    }

    @Test
    void identifyAndStatusAreBareRequestsWithRisingIds() {
        OdpRequest identify = requests.identify();
        OdpRequest status = requests.status();

        assertThat(identify.line()).isEqualTo("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"identify\"}\n");
        assertThat(oneLine(status).has("params")).isFalse();
        assertThat(status.id()).isEqualTo(2);
        assertThat(status.method()).isEqualTo("status");
        assertThat(status.timeout()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void configureSendsOnlyTheGivenChanges() {
        DeviceConfig changes = DeviceConfig.NONE.withNetwork(new Network("sepolia", 11_155_111)).withHeartbeatInterval(60);

        JsonNode params = oneLine(requests.configure(changes)).get("params");

        assertThat(params.get("network").get("name").stringValue()).isEqualTo("sepolia");
        assertThat(params.get("network").get("chainId").longValue()).isEqualTo(11_155_111);
        assertThat(params.get("heartbeatInterval").intValue()).isEqualTo(60);
        assertThat(params.has("location")).isFalse();
    }

    @Test
    void configureALocation() {
        JsonNode params = oneLine(requests.configure(DeviceConfig.NONE.withLocation(new Coordinates(-33.8688, 151.2093))))
                .get("params");

        assertThat(params.get("location").get("lat").doubleValue()).isEqualTo(-33.8688);
        assertThat(params.get("location").get("lon").doubleValue()).isEqualTo(151.2093);
        assertThat(params.size()).isOne();
    }

    @Test
    void aLineBreakInANameStaysEscaped() {
        JsonNode params = oneLine(requests.configure(DeviceConfig.NONE.withNetwork(new Network("a\nb\r\u2028c", 1))))
                .get("params");

        assertThat(params.get("network").get("name").stringValue()).isEqualTo("a\nb\r\u2028c");
    }

    @Test
    void outOfRangeSettingsNeverLeaveTheHost() {
        assertThat(DeviceConfig.NONE.withHeartbeatInterval(5).heartbeatInterval()).hasValue(5);
        assertThat(DeviceConfig.NONE.withHeartbeatInterval(3600).heartbeatInterval()).hasValue(3600);
        assertThatThrownBy(() -> DeviceConfig.NONE.withHeartbeatInterval(4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DeviceConfig.NONE.withHeartbeatInterval(3601)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Coordinates(90.5, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Coordinates(0, -180.1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Coordinates(Double.NaN, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Network("x", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Network(" ", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> requests.configure(DeviceConfig.NONE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void signTypedDataWrapsTheTypedDataAndAllowsFiveSeconds() {
        Onboard onboard = Onboard.builder()
                .registry(31_337, new DeviceAddress("0x5fbdb2315678afecb367f032d93f642f64180aa3"))
                .device(DeviceLines.KEY.address())
                .owner(new DeviceAddress("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266"))
                .location(0x8c1f05a2d9a1dffL)
                .nonce(BigInteger.ZERO)
                .deadline(BigInteger.valueOf(1_764_003_600L))
                .build();

        OdpRequest request = requests.signTypedData(onboard.typedData());

        JsonNode sent = oneLine(request).get("params").get("typedData");
        assertThat(sent.toString()).isEqualTo(onboard.typedData().toString());
        assertThat(Eip712.hash(sent)).isEqualTo(onboard.hash());
        assertThat(request.timeout()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void aRequestLongerThanALineIsRefused() {
        var typedData = OdpJson.object().put("padding", "x".repeat(4100));

        assertThatThrownBy(() -> requests.signTypedData(typedData)).isInstanceOf(IllegalArgumentException.class);
    }
}
