package io.outpost.app.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TokenAmountsTest {
    @Test
    void readsAPointOrACommaAsTheDecimalMark() {
        assertThat(TokenAmounts.baseUnits("2.5", 18)).contains(new BigInteger("2500000000000000000"));
        assertThat(TokenAmounts.baseUnits(" 2,5 ", 18)).contains(new BigInteger("2500000000000000000"));
        assertThat(TokenAmounts.baseUnits("0.000001", 6)).contains(BigInteger.ONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "-1", "abc", "1,000.5", "1.000,5", "1,2,3", "0.0000001", "1e400"})
    void refusesWhatIsNotOnePositiveAmountWithinTheDecimals(String typed) {
        assertThat(TokenAmounts.baseUnits(typed, 6)).isEmpty();
    }
}
