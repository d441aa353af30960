package io.outpost.app.dashboard;

import io.outpost.app.onboarding.TrustClass;
import io.outpost.devices.catalog.DeviceFamily;
import io.outpost.network.NetworkProfile;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The fleet at a glance, as the dashboard shows it: how many devices are up, uptime and earnings over the usual
 * ranges, what waits to be claimed, what is staked, the hexes covered, earnings per day and one row per device.
 * Amounts are in token units; {@code pendingRewards} and {@code staked} are empty until the network was asked, and
 * when it could not be (the rest comes from this computer's history and is always there).
 */
public record Fleet(Instant at, NetworkProfile.TokenInfo token, int online, int total, double uptime24h,
                    double uptime7d, double uptime30d, BigInteger earnedToday, BigInteger earned7d,
                    BigInteger earned30d, Optional<BigInteger> pendingRewards, Optional<BigInteger> staked,
                    int hexesCovered, List<DayTotal> earningsPerDay, List<DeviceRow> devices) {
    public Fleet {
        earningsPerDay = List.copyOf(earningsPerDay);
        devices = List.copyOf(devices);
    }

    /** This fleet with what the chain says of its owners. */
    public Fleet withChainFigures(BigInteger pending, BigInteger stake) {
        return new Fleet(at, token, online, total, uptime24h, uptime7d, uptime30d, earnedToday, earned7d, earned30d,
                Optional.of(pending), Optional.of(stake), hexesCovered, earningsPerDay, devices);
    }

    /** What all devices earned on one day (UTC). */
    public record DayTotal(LocalDate day, BigInteger amount) {
    }

    /** One device: {@code online} when it was seen in the last 90 s (the oracle's own gap). */
    public record DeviceRow(String device, String name, TrustClass trust, DeviceFamily family, boolean online,
                            Optional<Instant> lastSeen, double uptime7d, BigInteger earned7d, long location) {
    }
}
