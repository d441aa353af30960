package io.outpost.devices.odp;

import io.outpost.devices.crypto.DeviceKey;
import io.outpost.crypto.Eip191;
import io.outpost.crypto.Hex;
import io.outpost.crypto.Keccak256;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Lines as an ODP/1 device writes them, signed by a fixed test key. */
final class DeviceLines {
    static final DeviceKey KEY = DeviceKey.fromBytes(Keccak256.hash(bytes("outpost test device")));

    private DeviceLines() {
    }

    static String identify(long id, DeviceKey key) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"result\":{\"model\":\"Outpost Hotspot\",\"hardware\":\"rev-b\","
                + "\"firmware\":\"1.0.3\",\"serial\":\"OP-000417\",\"device\":\"" + key.address().value()
                + "\",\"publicKey\":\"" + Hex.encode(key.publicKey()) + "\"}}\n";
    }

    static String status(long id) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"result\":{\"uptime\":86400,\"heartbeatInterval\":30,"
                + "\"network\":{\"name\":\"sepolia\",\"chainId\":11155111},"
                + "\"location\":{\"lat\":52.520008,\"lon\":13.404954,\"source\":\"gnss\"}}}\n";
    }

    static String unconfiguredStatus(long id) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"result\":{\"uptime\":12,\"heartbeatInterval\":30,"
                + "\"network\":{\"name\":null,\"chainId\":null},\"location\":null}}\n";
    }

    static String heartbeat(DeviceKey key, long seq, long time, long uptime) {
        String text = "outpost-heartbeat:" + key.address().value() + ":" + seq + ":" + time;
        String signature = Hex.encode(key.sign(Eip191.hash(text)));
        return "{\"jsonrpc\":\"2.0\",\"method\":\"heartbeat\",\"params\":{\"device\":\"" + key.address().value()
                + "\",\"seq\":" + seq + ",\"time\":" + time + ",\"uptime\":" + uptime + ",\"signature\":\""
                + signature + "\"}}\n";
    }

    static String error(String id, int code, String message) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"error\":{\"code\":" + code + ",\"message\":\"" + message + "\"}}\n";
    }

    static String ok(long id) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"result\":{\"ok\":true}}\n";
    }

    /** A plug-in session: boot noise, a heartbeat, answers to identify and status, a refusal and a parse error. */
    static List<String> session() {
        return List.of("\u0000\u00ffboot: odp/1 ready\r\n", heartbeat(KEY, 41, 1_764_000_000L, 3),
                identify(1, KEY), status(2), unconfiguredStatus(3), ok(4),
                error("5", RpcError.REFUSED, "refused: message.device is not this device"),
                error("null", RpcError.PARSE_ERROR, "Parse error"), heartbeat(KEY, 42, 1_764_000_030L, 33));
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
