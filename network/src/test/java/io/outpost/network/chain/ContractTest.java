package io.outpost.network.chain;

import static io.outpost.network.http.Futures.failure;
import static io.outpost.network.http.ScriptedServer.error;
import static io.outpost.network.http.ScriptedServer.result;
import static io.outpost.network.http.ScriptedServer.rpc;
import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.network.abi.AbiFunction;
import io.outpost.network.abi.AbiType;
import io.outpost.network.abi.Hex;
import io.outpost.network.http.Http;
import io.outpost.network.http.RecordingDelayer;
import io.outpost.network.http.ScriptedServer;
import io.outpost.network.rpc.JsonRpcClient;
import io.outpost.network.rpc.RpcException;
import io.outpost.network.rpc.RpcOptions;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Contract reads turn reverts and undecodable answers into typed errors (the devnet tests do the same on anvil). */
@Timeout(30)
class ContractTest {
    private static final String REGISTRY = "0x5fbdb2315678afecb367f032d93f642f64180aa3";
    private static final String DEVICE = "0x90f79bf6eb2c4f870365e785982e1f101e93b906";

    private final HttpClient http = Http.newClient(Duration.ofSeconds(2));
    private final ScriptedServer node = ScriptedServer.start();
    private final RegistryClient registry = new RegistryClient(new JsonRpcClient(http, List.of(node.url()),
            RpcOptions.defaults(), new RecordingDelayer(), Clock.systemUTC()), REGISTRY);

    ContractTest() throws Exception {
    }

    @AfterEach
    void stop() {
        node.close();
        http.close();
    }


    @Test
    void aCustomErrorIsDecodedByName() {
        byte[] revert = new AbiFunction("NotRegistered", List.of(new AbiType.Address()), List.of()).encodeCall(DEVICE);
        node.otherwise(rpc(call -> error(3, "execution reverted: custom error", Hex.encode(revert))));
        RpcException.Reverted reverted = (RpcException.Reverted) failure(registry.nonce(DEVICE));
        assertThat(reverted.errorName()).isEqualTo("NotRegistered");
        assertThat(reverted.arguments()).containsExactly(DEVICE);
        assertThat(reverted).hasMessage("reverted: NotRegistered[" + DEVICE + "]");
        assertThat(reverted.data()).isEqualTo(revert);
    }

    @Test
    void anUnknownErrorKeepsItsSelectorAndABareRevertHasNoName() {
        node.then(rpc(call -> error(3, "execution reverted", "0xdeadbeef00"))).then(rpc(call -> error(-32000, "execution reverted", null)));
        assertThat(((RpcException.Reverted) failure(registry.nonce(DEVICE))).errorName()).isEqualTo("0xdeadbeef");
        assertThat(((RpcException.Reverted) failure(registry.nonce(DEVICE))).errorName()).isEmpty();
    }

    @Test
    void anEmptyAnswerMeansNoContractAndShortDataIsABadResponse() {
        node.then(rpc(call -> result("0x"))).then(rpc(call -> result("0x1234")));
        assertThat(failure(registry.nonce(DEVICE))).isInstanceOf(RpcException.BadResponse.class)
                .hasMessage("nonces(address) returned nothing: no contract at " + REGISTRY);
        assertThat(failure(registry.nonce(DEVICE))).isInstanceOf(RpcException.BadResponse.class)
                .hasMessageContaining("does not decode");
    }

    @Test
    void theCallGoesToTheContractWithTheSelectorFromTheAbi() throws Exception {
        node.otherwise(rpc(call -> result("0x" + "0".repeat(63) + "5")));
        assertThat(registry.nonce(DEVICE).get()).isEqualTo(5);
        var params = node.requests().getFirst().json().path("params");
        assertThat(params.get(0).path("to").asString()).isEqualTo(REGISTRY);
        assertThat(params.get(0).path("data").asString()).isEqualTo("0x7ecebe00" + "0".repeat(24) + DEVICE.substring(2));
        assertThat(params.get(1).asString()).isEqualTo("latest");
    }
}
