package io.outpost.app.history;

import io.outpost.app.history.History.Point;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * M4 (Jugel et al., VLDB 2014): for each pixel column, the first, lowest, highest and last value, which draws
 * the same line as every point would. Fed in time order with raw readings or with rollup buckets (a bucket's
 * four values all at its start time).
 */
final class M4 {
    private final long from;
    private final long range;
    private final int columns;
    private final long[] firstAt;
    private final double[] first;
    private final long[] minAt;
    private final double[] min;
    private final long[] maxAt;
    private final double[] max;
    private final long[] lastAt;
    private final double[] last;
    private final boolean[] filled;

    M4(long from, long to, int columns) {
        this.from = from;
        this.range = to - from;
        this.columns = columns;
        firstAt = new long[columns];
        first = new double[columns];
        minAt = new long[columns];
        min = new double[columns];
        maxAt = new long[columns];
        max = new double[columns];
        lastAt = new long[columns];
        last = new double[columns];
        filled = new boolean[columns];
    }

    void add(long at, double firstValue, double low, double high, double lastValue) {
        int column = (int) Math.clamp((at - from) * columns / range, 0, columns - 1);
        if (!filled[column]) {
            filled[column] = true;
            firstAt[column] = at;
            first[column] = firstValue;
            minAt[column] = at;
            min[column] = low;
            maxAt[column] = at;
            max[column] = high;
        } else {
            if (low < min[column]) {
                min[column] = low;
                minAt[column] = at;
            }
            if (high > max[column]) {
                max[column] = high;
                maxAt[column] = at;
            }
        }
        lastAt[column] = at;
        last[column] = lastValue;
    }

    /** At most four points per column, oldest first; a column with one value gives one point. */
    List<Point> points() {
        List<Point> points = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            if (!filled[c]) {
                continue;
            }
            boolean minFirst = minAt[c] <= maxAt[c];
            addDistinct(points, firstAt[c], first[c]);
            addDistinct(points, minFirst ? minAt[c] : maxAt[c], minFirst ? min[c] : max[c]);
            addDistinct(points, minFirst ? maxAt[c] : minAt[c], minFirst ? max[c] : min[c]);
            addDistinct(points, lastAt[c], last[c]);
        }
        return points;
    }

    private static void addDistinct(List<Point> points, long at, double value) {
        Point point = new Point(Instant.ofEpochSecond(at), value);
        if (points.isEmpty() || !points.getLast().equals(point)) {
            points.add(point);
        }
    }
}
