package io.outpost.network.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Fee suggestions from an eth_feeHistory answer: median tips per percentile, cap = 2 × next base fee + tip. */
class FeesTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void takesTheMedianTipOfEachPercentileAndRoomForRisingBaseFees() {
        Fees.Suggestion suggestion = Fees.fromHistory(JSON.readTree("""
                {"oldestBlock":"0x10","baseFeePerGas":["0x64","0x6e","0x78","0xc8"],
                 "reward":[["0x1","0x5","0xa"],["0x3","0x7","0x14"],["0x2","0x6","0x1e"]]}"""));
        assertThat(suggestion.slow()).isEqualTo(new Fees.Fee(BigInteger.TWO, BigInteger.valueOf(402)));
        assertThat(suggestion.normal()).isEqualTo(new Fees.Fee(BigInteger.valueOf(6), BigInteger.valueOf(406)));
        assertThat(suggestion.fast()).isEqualTo(new Fees.Fee(BigInteger.valueOf(20), BigInteger.valueOf(420)));
    }

    @Test
    void anAnswerWithoutBaseFeesIsABadResponse() {
        assertThatThrownBy(() -> Fees.fromHistory(JSON.readTree("{\"reward\":[]}"))).isInstanceOf(RpcException.BadResponse.class);
    }
}
