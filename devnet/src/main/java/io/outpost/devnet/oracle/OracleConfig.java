package io.outpost.devnet.oracle;

import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.OptionalLong;
import org.web3j.crypto.Credentials;

/**
 * What a {@link ReferenceOracle} needs: the chain and its contracts, the oracle's signing key, the epochs,
 * where it keeps its state and where it listens. Built with {@link #builder}; {@code toString} never shows
 * the key.
 *
 * @param genesis           start of epoch 1 in unix seconds; empty: the first start's time. Kept in the
 *                          database, so a restart keeps the numbering.
 * @param port              loopback port; 0 picks a free one
 * @param emissionPerDevice reward in the token's smallest unit for one device with full uptime, alone in its
 *                          cell and without stake, per epoch
 * @param closeOnSchedule   close each epoch when it ends; off, epochs close only through
 *                          {@link ReferenceOracle#closeDueEpochs()}
 */
public record OracleConfig(URI rpcUrl, long chainId, Contracts contracts, Credentials oracleKey, long epochSeconds,
                           OptionalLong genesis, Path database, int port, Clock clock, BigInteger emissionPerDevice,
                           RateLimit rateLimit, boolean closeOnSchedule) {
    /** 10 tokens of 18 decimals. */
    public static final BigInteger DEFAULT_EMISSION = BigInteger.TEN.pow(19);
    public static final long DEFAULT_EPOCH_SECONDS = 3600;

    /** The contract addresses the oracle reads and posts to, 0x-hex. */
    public record Contracts(String deviceRegistry, String rewardsDistributor, String staking) {
        public Contracts {
            Objects.requireNonNull(deviceRegistry, "deviceRegistry");
            Objects.requireNonNull(rewardsDistributor, "rewardsDistributor");
            Objects.requireNonNull(staking, "staking");
        }
    }

    /**
     * Per device: a bucket of {@code burst} heartbeats, refilled by one every {@code interval}. ODP devices send
     * at most one heartbeat per 5 s; the burst lets a relay deliver the few heartbeats it queued while offline.
     */
    public record RateLimit(Duration interval, int burst) {
        public static final RateLimit DEFAULT = new RateLimit(Duration.ofSeconds(4), 10);

        public RateLimit {
            if (interval.isNegative() || interval.isZero() || burst < 1) {
                throw new IllegalArgumentException("a rate limit needs a positive interval and a burst of at least 1");
            }
        }
    }

    public OracleConfig {
        Objects.requireNonNull(rpcUrl, "rpcUrl");
        Objects.requireNonNull(contracts, "contracts");
        Objects.requireNonNull(oracleKey, "oracleKey");
        Objects.requireNonNull(genesis, "genesis");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(rateLimit, "rateLimit");
        if (epochSeconds < 1) {
            throw new IllegalArgumentException("epochSeconds must be at least 1");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535");
        }
        if (emissionPerDevice == null || emissionPerDevice.signum() < 0) {
            throw new IllegalArgumentException("emissionPerDevice must be zero or more");
        }
    }

    public static Builder builder(URI rpcUrl, long chainId, Contracts contracts, Credentials oracleKey, Path database) {
        return new Builder(rpcUrl, chainId, contracts, oracleKey, database);
    }

    @Override
    public String toString() {
        return "OracleConfig[rpcUrl=" + rpcUrl + ", chainId=" + chainId + ", " + contracts + ", oracle="
                + oracleKey.getAddress() + ", epochSeconds=" + epochSeconds + ", genesis=" + genesis + ", database="
                + database + ", port=" + port + ", emissionPerDevice=" + emissionPerDevice + ", " + rateLimit + "]";
    }

    /** Defaults: hourly epochs, genesis at first start, a free port, the system clock, {@link #DEFAULT_EMISSION}. */
    public static final class Builder {
        private final URI rpcUrl;
        private final long chainId;
        private final Contracts contracts;
        private final Credentials oracleKey;
        private final Path database;
        private long epochSeconds = DEFAULT_EPOCH_SECONDS;
        private OptionalLong genesis = OptionalLong.empty();
        private int port;
        private Clock clock = Clock.systemUTC();
        private BigInteger emissionPerDevice = DEFAULT_EMISSION;
        private RateLimit rateLimit = RateLimit.DEFAULT;
        private boolean closeOnSchedule = true;

        private Builder(URI rpcUrl, long chainId, Contracts contracts, Credentials oracleKey, Path database) {
            this.rpcUrl = rpcUrl;
            this.chainId = chainId;
            this.contracts = contracts;
            this.oracleKey = oracleKey;
            this.database = database;
        }

        public Builder epochSeconds(long seconds) {
            this.epochSeconds = seconds;
            return this;
        }

        public Builder genesis(long unixSeconds) {
            this.genesis = OptionalLong.of(unixSeconds);
            return this;
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public Builder emissionPerDevice(BigInteger amount) {
            this.emissionPerDevice = amount;
            return this;
        }

        public Builder rateLimit(RateLimit rateLimit) {
            this.rateLimit = rateLimit;
            return this;
        }

        public Builder closeOnSchedule(boolean closeOnSchedule) {
            this.closeOnSchedule = closeOnSchedule;
            return this;
        }

        public OracleConfig build() {
            return new OracleConfig(rpcUrl, chainId, contracts, oracleKey, epochSeconds, genesis, database, port, clock,
                    emissionPerDevice, rateLimit, closeOnSchedule);
        }
    }
}
