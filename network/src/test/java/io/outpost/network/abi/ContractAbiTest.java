package io.outpost.network.abi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.outpost.network.abi.ContractAbi.DecodedError;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Functions and custom errors read from the committed contract artifacts. */
class ContractAbiTest {
    private static final String DEVICE = "0x90f79bf6eb2c4f870365e785982e1f101e93b906";

    @Test
    void everyCommittedContractReadsAndTheTokenHasTheErc20Selectors() {
        List.of("DeviceRegistry", "RewardsDistributor", "Staking").forEach(ContractAbi::load);
        ContractAbi token = ContractAbi.load("OutpostToken");
        assertThat(Hex.encode(token.function("transfer").selector())).isEqualTo("0xa9059cbb");
        assertThat(Hex.encode(token.function("balanceOf").selector())).isEqualTo("0x70a08231");
        assertThat(Hex.encode(token.function("decimals").selector())).isEqualTo("0x313ce567");
        assertThat(token.function("symbol").outputs()).containsExactly(new AbiType.Text());
    }

    @Test
    void theRegistryFunctionsHaveTheirSolidityTypes() {
        ContractAbi registry = ContractAbi.load("DeviceRegistry");
        assertThat(registry.function("devices").outputs()).containsExactly(new AbiType.Address(), new AbiType.Uint(64));
        assertThat(registry.function("register").signature()).isEqualTo("register(address,address,uint64,uint256,bytes)");
        assertThat(registry.function("devicesOf").outputs()).containsExactly(new AbiType.Array(new AbiType.Address()));
        assertThatThrownBy(() -> registry.function("mint")).hasMessage("DeviceRegistry has no functions named mint");
    }

    @Test
    void customErrorsDecodeByTheirSelector() {
        ContractAbi registry = ContractAbi.load("DeviceRegistry");
        AbiFunction notRegistered = new AbiFunction("NotRegistered", List.of(new AbiType.Address()), List.of());
        assertThat(registry.decodeError(notRegistered.encodeCall(DEVICE)))
                .hasValue(new DecodedError("NotRegistered", List.of(DEVICE)));
        assertThat(registry.decodeError(Hex.decode("0xdeadbeef"))).isEmpty();
        assertThat(registry.decodeError(new byte[0])).isEmpty();
    }

    @Test
    void requireMessagesDecodeAsError() {
        // The Solidity documentation's example of revert("Not enough Ether provided.").
        byte[] revert = Hex.decode("0x08c379a0"
                + "0000000000000000000000000000000000000000000000000000000000000020"
                + "000000000000000000000000000000000000000000000000000000000000001a"
                + "4e6f7420656e6f7567682045746865722070726f76696465642e000000000000");
        assertThat(ContractAbi.load("Staking").decodeError(revert))
                .hasValue(new DecodedError("Error", List.of("Not enough Ether provided.")));
    }
}
