package io.outpost.network.oracle;

import java.math.BigInteger;

/**
 * {@code GET /v1/devices/{device}/rewards?epoch=k}: what a device was paid for a closed epoch and every factor
 * of it: {@code amount} = {@code emission} × {@code networkUptime} × {@code scale} × {@code boost}, rounded down.
 * {@code start} and {@code end} are the epoch's bounds in unix seconds; {@code cell} its H3 resolution-8 cell.
 */
public record DeviceRewards(String device, long epoch, long start, long end, String owner, long coveredSeconds,
                            double networkUptime, String cell, int devicesInCell, double scale, BigInteger stake,
                            double boost, BigInteger emission, BigInteger amount) {
}
