package io.outpost.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.outpost.network.NetworkProfileJson.InvalidProfileException;
import org.junit.jupiter.api.Test;

class NetworkProfileJsonTest {
    private final NetworkProfileJson json = new NetworkProfileJson();
    private final NetworkProfile devnet = NetworkProfiles.builtIn().byIdOrDefault(NetworkProfiles.DEVNET_ID);

    @Test
    void writtenProfileReadsBackEqual() {
        assertThat(json.read(json.write(devnet))).isEqualTo(devnet);
    }

    @Test
    void aBadAddressNamesItsField() {
        String broken = json.write(devnet).replace(devnet.contracts().staking(), "0x1234");
        assertThatThrownBy(() -> json.read(broken)).isInstanceOf(InvalidProfileException.class)
                .hasMessageStartingWith("contracts.staking:")
                .extracting(e -> ((InvalidProfileException) e).field()).isEqualTo("contracts.staking");
    }

    @Test
    void missingFieldsWrongTypesAndBrokenJsonNameTheProblem() {
        assertThatThrownBy(() -> json.read(json.write(devnet).replace("\"chainId\":31337", "\"chainId\":\"31337\"")))
                .hasMessageStartingWith("chainId:");
        assertThatThrownBy(() -> json.read(json.write(devnet).replace("\"schema\":1", "\"schema\":2")))
                .hasMessageStartingWith("schema:");
        assertThatThrownBy(() -> json.read(json.write(devnet).replace("http://127.0.0.1:8546", "ftp://x")))
                .hasMessageStartingWith("oracleUrl:");
        assertThatThrownBy(() -> json.read("{\"schema\":1,")).hasMessageStartingWith("(file):");
        assertThatThrownBy(() -> json.read("[]")).hasMessageStartingWith("(file):");
    }
}
