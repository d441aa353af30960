package io.outpost.devices.odp;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.devices.odp.OdpMessage.Notification;
import io.outpost.devices.odp.OdpMessage.Response;
import io.outpost.devices.protocol.ParserStats;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class OdpLineParserTest {
    private final OdpLineParser parser = new OdpLineParser();

    private List<OdpMessage> feed(String text) {
        return parser.feed(DeviceLines.bytes(text));
    }

    @Test
    void aResultIsAResponseWithItsId() {
        List<OdpMessage> messages = feed(DeviceLines.ok(7));

        assertThat(messages).singleElement().isInstanceOfSatisfying(Response.class, response -> {
            assertThat(response.id()).hasValue(7);
            assertThat(response.result()).hasValueSatisfying(result -> assertThat(result.get("ok").booleanValue()).isTrue());
            assertThat(response.error()).isEmpty();
        });
        assertThat(parser.stats()).isEqualTo(new ParserStats(1, 0, 0, 0));
    }

    @Test
    void errorsKeepCodeMessageAndANullId() {
        List<OdpMessage> messages = feed(DeviceLines.error("3", RpcError.REFUSED, "refused")
                + DeviceLines.error("null", RpcError.PARSE_ERROR, "Parse error"));

        assertThat(messages).containsExactly(
                Response.failure(OptionalLong.of(3), new RpcError(-32010, "refused")),
                Response.failure(OptionalLong.empty(), new RpcError(-32700, "Parse error")));
    }

    @Test
    void aMessageWithoutIdIsANotification() {
        List<OdpMessage> messages = feed(DeviceLines.heartbeat(DeviceLines.KEY, 0, 1_764_000_000L, 1)
                + "{\"jsonrpc\":\"2.0\",\"method\":\"boot\"}\n");

        assertThat(messages).hasSize(2).allMatch(Notification.class::isInstance);
        assertThat(((Notification) messages.get(0)).params().get("seq").longValue()).isZero();
        assertThat(((Notification) messages.get(1)).params().isEmpty()).isTrue();
    }

    @Test
    void crlfLinesFedByteByByteParse() {
        byte[] bytes = DeviceLines.bytes(DeviceLines.ok(1).replace("\n", "\r\n") + DeviceLines.status(2).replace("\n", "\r\n"));
        List<OdpMessage> messages = new ArrayList<>();
        for (int i = 0; i < bytes.length; i++) {
            messages.addAll(parser.feed(bytes, i, 1));
        }

        assertThat(messages).hasSize(2);
        assertThat(parser.stats()).isEqualTo(new ParserStats(2, 0, 0, 0));
    }

    @Test
    void noiseBeforeTheBraceIsSkippedAndCounted() {
        List<OdpMessage> messages = feed("\u0000\u0007boot>" + DeviceLines.ok(1) + "\r\n");

        assertThat(messages).hasSize(1);
        assertThat(parser.stats()).isEqualTo(new ParserStats(1, 0, 0, 7 + 2));
    }

    @Test
    void linesThatAreNotJsonObjectsOfADeviceAreCorrupt() {
        String[] bad = {
            "{not json}", "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":1} trailing", "[{\"jsonrpc\":\"2.0\"}]",
            "{\"id\":1,\"result\":{}}", "{\"jsonrpc\":\"1.0\",\"id\":1,\"result\":{}}",
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{},\"error\":{\"code\":1,\"message\":\"x\"}}",
            "{\"jsonrpc\":\"2.0\",\"id\":\"1\",\"result\":{}}", "{\"jsonrpc\":\"2.0\",\"id\":null,\"result\":{}}",
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"identify\"}", "{\"jsonrpc\":\"2.0\",\"method\":7}",
            "{\"jsonrpc\":\"2.0\",\"method\":\"heartbeat\",\"params\":3}",
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":\"x\",\"message\":\"m\"}}",
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{},\"id\":2}",
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":" + "[".repeat(40) + "]".repeat(40) + "}",
        };
        for (String line : bad) {
            assertThat(feed(line + "\n")).as(line).isEmpty();
        }

        assertThat(parser.stats().corrupt()).isEqualTo(bad.length);
        assertThat(parser.stats().frames()).isZero();
    }

    @Test
    void invalidUtf8IsCorrupt() {
        byte[] line = DeviceLines.bytes("{\"jsonrpc\":\"2.0\",\"method\":\"x\",\"params\":{\"a\":\"??\"}}\n");
        line[line.length - 6] = (byte) 0xc3;
        line[line.length - 5] = (byte) 0x28;

        assertThat(parser.feed(line)).isEmpty();
        assertThat(parser.stats().corrupt()).isOne();
    }

    @Test
    void anOversizedLineIsDroppedAndTheNextOneParses() {
        String huge = "{\"jsonrpc\":\"2.0\",\"method\":\"log\",\"params\":{\"text\":\"" + "x".repeat(5000) + "\"}}\n";

        List<OdpMessage> messages = feed(huge + DeviceLines.ok(9));

        assertThat(messages).singleElement().isInstanceOfSatisfying(Response.class,
                response -> assertThat(response.id()).hasValue(9));
        assertThat(parser.stats()).isEqualTo(new ParserStats(1, 0, 1, 0));
    }

    @Test
    void theLimitIs4096BytesWithoutTheLineEnd() {
        String exact = lineOfLength(4096);
        String tooLong = lineOfLength(4097);

        assertThat(feed(exact + "\r\n" + exact + "\n" + tooLong + "\n")).hasSize(2);
        assertThat(parser.stats().oversized()).isOne();
    }

    @Test
    void aResultHandedOutIsACopy() {
        Response response = (Response) feed(DeviceLines.ok(1)).getFirst();

        ((ObjectNode) response.result().orElseThrow()).put("ok", false);

        assertThat(response.result().orElseThrow().get("ok").booleanValue()).isTrue();
    }

    private static String lineOfLength(int length) {
        String head = "{\"jsonrpc\":\"2.0\",\"method\":\"log\",\"params\":{\"text\":\"";
        String tail = "\"}}";
        return head + "x".repeat(length - head.length() - tail.length()) + tail;
    }
}
