package io.outpost.devnet.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The reward rule with the numbers of the worked example in docs/oracle-api.md. */
class RewardRuleTest {
    private static final BigInteger TOKEN = BigInteger.TEN.pow(18);
    private static final RewardRule RULE = new RewardRule(BigInteger.TEN.multiply(TOKEN), 3600);

    private static BigInteger tokens(long count) {
        return BigInteger.valueOf(count).multiply(TOKEN);
    }

    @Test
    void theDocumentedExampleComesOutToTheUnit() {
        BigInteger d1 = RULE.reward(3600, 1, tokens(500));
        BigInteger d2 = RULE.reward(2700, 2, tokens(500));
        BigInteger d3 = RULE.reward(1800, 2, tokens(2500));

        assertThat(d1).isEqualTo(new BigInteger("12500000000000000000"));
        assertThat(d2).isEqualTo(new BigInteger("6629126073623883041"));
        assertThat(d3).isEqualTo(new BigInteger("5303300858899106433"));
        assertThat(d1.add(d2)).as("Ana's epoch").isEqualTo(new BigInteger("19129126073623883041"));
        assertThat(d1.add(d2).add(d3)).as("the epoch's totalAmount").isEqualTo(new BigInteger("24432426932522989474"));
    }

    @Test
    void theApiDocumentShowsTheseNumbersAndEveryErrorCode() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "oracle-api.md"));
        assertThat(doc).contains("12,500,000,000,000,000,000", "6,629,126,073,623,883,041", "5,303,300,858,899,106,433",
                "19,129,126,073,623,883,041", "24,432,426,932,522,989,474");
        for (Refusal refusal : Refusal.values()) {
            assertThat(doc).contains(refusal.code());
        }
    }

    @Test
    void aFullDeviceAloneWithoutStakeEarnsTheEmission() {
        assertThat(RULE.reward(3600, 1, BigInteger.ZERO)).isEqualTo(tokens(10));
        assertThat(RULE.reward(0, 1, tokens(5000))).isZero();
    }

    @Test
    void theBoostStopsAtAThousandTokensAndHalfAnExtra() {
        assertThat(RULE.reward(3600, 1, tokens(1000))).isEqualTo(tokens(15));
        assertThat(RULE.reward(3600, 1, tokens(1_000_000))).isEqualTo(tokens(15));
        assertThat(RULE.reward(3600, 1, tokens(1000).subtract(BigInteger.ONE))).isLessThan(tokens(15));
    }

    @Test
    void aCrowdedCellPaysLessPerDeviceButMoreInTotal() {
        BigInteger alone = RULE.reward(3600, 1, BigInteger.ZERO);
        BigInteger ofFour = RULE.reward(3600, 4, BigInteger.ZERO);
        assertThat(ofFour).isEqualTo(tokens(5));
        assertThat(ofFour.multiply(BigInteger.valueOf(4))).isGreaterThan(alone);
        assertThat(RewardRule.densityScale(4)).isEqualTo(0.5);
    }

    @Test
    void roundsDownAndClampsTheUptime() {
        // 10 tokens / sqrt(3) = 5.773502691896257645... tokens
        assertThat(RULE.reward(3600, 3, BigInteger.ZERO)).isEqualTo(new BigInteger("5773502691896257645"));
        assertThat(RULE.reward(7200, 1, BigInteger.ZERO)).isEqualTo(tokens(10));
        assertThat(new RewardRule(BigInteger.valueOf(7), 3).reward(1, 1, BigInteger.ZERO)).as("7/3").isEqualTo(BigInteger.TWO);
    }
}
