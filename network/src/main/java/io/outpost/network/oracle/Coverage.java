package io.outpost.network.oracle;

import java.util.List;

/** {@code GET /v1/coverage?epoch=k}: devices per H3 cell and the density scale applied to their rewards. */
public record Coverage(long epoch, int resolution, List<Cell> cells) {
    public record Cell(String cell, int devices, double scale) {
    }
}
