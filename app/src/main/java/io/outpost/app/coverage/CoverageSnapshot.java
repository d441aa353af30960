package io.outpost.app.coverage;

import java.util.List;
import java.util.Optional;

/**
 * What the coverage map shows: this computer's devices on the active network, and how many devices the oracle
 * counts in each coverage area (H3 resolution 8). {@code epoch} is empty when the oracle could not be asked.
 */
public record CoverageSnapshot(List<OwnDevice> devices, List<Area> areas, Optional<Long> epoch) {
    public CoverageSnapshot {
        devices = List.copyOf(devices);
        areas = List.copyOf(areas);
    }

    /** A device onboarded here: its name and its place, an H3 cell of resolution 12. */
    public record OwnDevice(String name, long place) {
    }

    /** A coverage area and the devices the oracle counts in it. */
    public record Area(long cell, int devices) {
    }

    public static CoverageSnapshot empty() {
        return new CoverageSnapshot(List.of(), List.of(), Optional.empty());
    }
}
