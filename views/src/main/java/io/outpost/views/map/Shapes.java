package io.outpost.views.map;

import java.util.Arrays;

/**
 * Outlines (land, borders, hexes) as flat arrays: shape {@code i} has the points {@code start[i]} to
 * {@code start[i+1]-1}, a bounding box and a tag (a hex's shade). In unit-square coordinates as loaded, or in
 * pixels of one zoom level once {@link #project projected}; built once and then only read.
 */
public final class Shapes {
    private final int[] start;
    private final double[] x;
    private final double[] y;
    private final double[] box; // minX, minY, maxX, maxY per shape
    private final int[] tag;

    private Shapes(int[] start, double[] x, double[] y, double[] box, int[] tag) {
        this.start = start;
        this.x = x;
        this.y = y;
        this.box = box;
        this.tag = tag;
    }

    public int size() {
        return tag.length;
    }

    public int from(int shape) {
        return start[shape];
    }

    public int to(int shape) {
        return start[shape + 1];
    }

    public double x(int point) {
        return x[point];
    }

    public double y(int point) {
        return y[point];
    }

    public int tag(int shape) {
        return tag[shape];
    }

    /** The bounding box of shape {@code s}: {@code {minX, minY, maxX, maxY}}. */
    public double[] box(int shape) {
        return Arrays.copyOfRange(box, shape * 4, shape * 4 + 4);
    }

    /** The width of shape {@code s}'s bounding box. */
    public double width(int shape) {
        return box[shape * 4 + 2] - box[shape * 4];
    }

    /** Whether the shape's bounding box meets the rectangle. */
    public boolean meets(int shape, double minX, double minY, double maxX, double maxY) {
        int b = shape * 4;
        return box[b] <= maxX && box[b + 2] >= minX && box[b + 1] <= maxY && box[b + 3] >= minY;
    }

    /**
     * The shapes in pixels of a world {@code worldPixels} wide. With {@code simplify}, points closer than a
     * pixel to the one kept before are dropped, and outlines smaller than a pixel left out: the land at world
     * scale is a few thousand points instead of the data's hundred thousand.
     */
    public Shapes project(double worldPixels, boolean simplify) {
        Builder out = new Builder(x.length);
        for (int s = 0; s < size(); s++) {
            int b = s * 4;
            if (simplify && (box[b + 2] - box[b]) * worldPixels < 1 && (box[b + 3] - box[b + 1]) * worldPixels < 1) {
                continue;
            }
            double lastX = Double.NaN;
            double lastY = Double.NaN;
            for (int p = start[s]; p < start[s + 1]; p++) {
                double px = x[p] * worldPixels;
                double py = y[p] * worldPixels;
                boolean last = p == start[s + 1] - 1;
                if (!simplify || last || Double.isNaN(lastX) || Math.abs(px - lastX) + Math.abs(py - lastY) >= 1) {
                    out.point(px, py);
                    lastX = px;
                    lastY = py;
                }
            }
            out.end(tag[s]);
        }
        return out.build();
    }

    /** Collects shapes point by point. */
    public static final class Builder {
        private int[] start = new int[16];
        private double[] x;
        private double[] y;
        private double[] box = new double[64];
        private int[] tag = new int[16];
        private int shapes;
        private int points;
        private int shapeStart;

        public Builder(int expectedPoints) {
            x = new double[Math.max(16, expectedPoints)];
            y = new double[x.length];
        }

        public Builder point(double px, double py) {
            if (points == x.length) {
                x = Arrays.copyOf(x, points * 2);
                y = Arrays.copyOf(y, points * 2);
            }
            x[points] = px;
            y[points] = py;
            points++;
            return this;
        }

        /** Ends the shape begun after the last end; a shape of fewer than two points is dropped. */
        public Builder end(int shapeTag) {
            if (points - shapeStart < 2) {
                points = shapeStart;
                return this;
            }
            if (shapes + 1 >= start.length) {
                start = Arrays.copyOf(start, start.length * 2);
                tag = Arrays.copyOf(tag, tag.length * 2);
                box = Arrays.copyOf(box, box.length * 2);
            }
            double minX = Double.POSITIVE_INFINITY, minY = Double.POSITIVE_INFINITY;
            double maxX = Double.NEGATIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
            for (int p = shapeStart; p < points; p++) {
                minX = Math.min(minX, x[p]);
                maxX = Math.max(maxX, x[p]);
                minY = Math.min(minY, y[p]);
                maxY = Math.max(maxY, y[p]);
            }
            int b = shapes * 4;
            box[b] = minX;
            box[b + 1] = minY;
            box[b + 2] = maxX;
            box[b + 3] = maxY;
            start[shapes] = shapeStart;
            tag[shapes] = shapeTag;
            shapes++;
            shapeStart = points;
            return this;
        }

        public Shapes build() {
            int[] starts = Arrays.copyOf(start, shapes + 1);
            starts[shapes] = points;
            return new Shapes(starts, Arrays.copyOf(x, points), Arrays.copyOf(y, points), Arrays.copyOf(box, shapes * 4),
                    Arrays.copyOf(tag, shapes));
        }
    }

    public static Shapes none() {
        return new Builder(0).build();
    }
}
