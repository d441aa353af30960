package io.outpost.devnet.oracle;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * The reward of one device for one epoch:
 * {@code emission × uptime fraction × density scale × stake boost}, rounded down to the token's smallest unit,
 * where the uptime fraction is covered seconds / epoch seconds, the density scale is {@code 1/sqrt(n)} for n
 * devices in the device's H3 resolution-8 cell, and the stake boost is
 * {@code 1 + 0.5 × min(1, stake / 1000 tokens)}.
 *
 * <p>Computed without rounding on the way: with the rational part p/q, the reward r is the largest integer
 * with {@code r × q × sqrt(n) <= p}, i.e. {@code r = floor(sqrt(floor(p² / (q² n))))}.
 */
record RewardRule(BigInteger emission, long epochSeconds) {
    /** OutpostToken has 18 decimals; 1000 tokens of stake give the full boost. */
    static final BigInteger FULL_BOOST_STAKE = BigInteger.valueOf(1000).multiply(BigInteger.TEN.pow(18));

    RewardRule {
        if (emission.signum() < 0 || epochSeconds < 1) {
            throw new IllegalArgumentException("emission must not be negative, and an epoch lasts at least 1 s");
        }
    }

    /** The reward of a device covered {@code coveredSeconds} of the epoch, one of {@code devicesInCell}. */
    BigInteger reward(long coveredSeconds, int devicesInCell, BigInteger stake) {
        if (devicesInCell < 1 || stake.signum() < 0) {
            throw new IllegalArgumentException("a cell holds at least the device itself, and stake is never negative");
        }
        long covered = Math.clamp(coveredSeconds, 0, epochSeconds);
        BigInteger twoCaps = FULL_BOOST_STAKE.shiftLeft(1);
        // boost = (2 cap + min(stake, cap)) / (2 cap)
        BigInteger p = emission.multiply(BigInteger.valueOf(covered)).multiply(twoCaps.add(stake.min(FULL_BOOST_STAKE)));
        BigInteger q = BigInteger.valueOf(epochSeconds).multiply(twoCaps);
        return p.pow(2).divide(q.pow(2).multiply(BigInteger.valueOf(devicesInCell))).sqrt();
    }

    /** The stake boost as the API shows it: {@code 1 + 0.5 × min(1, stake / 1000 tokens)}. */
    static double stakeBoost(BigInteger stake) {
        return 1 + 0.5 * new BigDecimal(stake.min(FULL_BOOST_STAKE))
                .divide(new BigDecimal(FULL_BOOST_STAKE), MathContext.DECIMAL64).doubleValue();
    }

    /** The density scale as the API shows it. */
    static double densityScale(int devicesInCell) {
        return 1 / Math.sqrt(devicesInCell);
    }
}
