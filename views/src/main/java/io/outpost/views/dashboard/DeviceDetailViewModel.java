package io.outpost.views.dashboard;

import io.outpost.app.dashboard.DeviceDetail;
import io.outpost.app.dashboard.Fleet;
import io.outpost.app.history.History;
import io.outpost.app.tasks.TaskRunner;
import io.outpost.devices.catalog.DeviceFamily;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One device's page: an uptime timeline that zooms from a day to a year and pans, the readings over the same
 * time, and the last epochs with what the device earned and why. Every read goes through the TaskRunner.
 */
public final class DeviceDetailViewModel {
    /** The spans the zoom buttons show; the wheel zooms between a day and a year. */
    public enum Zoom {
        DAY(Duration.ofDays(1)), WEEK(Duration.ofDays(7)), MONTH(Duration.ofDays(30)), YEAR(Duration.ofDays(365));

        final Duration span;

        Zoom(Duration span) {
            this.span = span;
        }
    }

    static final Duration SHORTEST = Zoom.DAY.span;
    static final Duration LONGEST = Zoom.YEAR.span;
    private static final int CHART_COLUMNS = 800;

    private final TaskRunner tasks;
    private final DeviceDetail detail;
    private final Clock clock;
    private final ObjectProperty<Fleet.DeviceRow> device = new SimpleObjectProperty<>();
    private final ObjectProperty<DeviceDetail.Timeline> timeline = new SimpleObjectProperty<>();
    private final ObservableList<DeviceDetail.Series> readings = FXCollections.observableArrayList();
    private final ObservableList<History.EpochEarning> epochs = FXCollections.observableArrayList();
    private DeviceFamily family = DeviceFamily.ODP;
    private Instant from;
    private Instant to;

    public DeviceDetailViewModel(TaskRunner tasks, DeviceDetail detail, Clock clock) {
        this.tasks = tasks;
        this.detail = detail;
        this.clock = clock;
    }

    /** Shows {@code row}'s page, the last day first. */
    public void show(Fleet.DeviceRow row) {
        device.set(row);
        family = row.family();
        epochs.clear();
        readings.clear();
        zoom(Zoom.DAY);
        tasks.run(() -> detail.epochs(row.device()), epochs::setAll, failure -> { });
    }

    /** The last {@code zoom} up to now. */
    public void zoom(Zoom zoom) {
        to = clock.instant();
        from = to.minus(zoom.span);
        load();
    }

    /** Zooms by {@code factor} (below 1: in) around the point {@code at} (0 = left edge, 1 = right edge). */
    public void zoomBy(double factor, double at) {
        long span = Duration.between(from, to).toMillis();
        long wanted = Math.clamp(Math.round(span * factor), SHORTEST.toMillis(), LONGEST.toMillis());
        Instant pivot = from.plusMillis(Math.round(span * Math.clamp(at, 0, 1)));
        from = pivot.minusMillis(Math.round(wanted * Math.clamp(at, 0, 1)));
        to = from.plusMillis(wanted);
        keepInThePast();
        load();
    }

    /** Moves the range by {@code fraction} of its width (negative: into the past); never beyond now. */
    public void pan(double fraction) {
        long shift = Math.round(Duration.between(from, to).toMillis() * fraction);
        from = from.plusMillis(shift);
        to = to.plusMillis(shift);
        keepInThePast();
        load();
    }

    private void keepInThePast() {
        Instant now = clock.instant();
        if (to.isAfter(now)) {
            from = from.minus(Duration.between(now, to));
            to = now;
        }
    }

    private void load() {
        Fleet.DeviceRow row = device.get();
        if (row == null) {
            return;
        }
        Instant start = from;
        Instant end = to;
        tasks.run(() -> detail.timeline(row.device(), start, end), timeline::set, failure -> { });
        tasks.run(() -> detail.readings(row.device(), family, start, end, CHART_COLUMNS), readings::setAll, failure -> { });
    }

    public ObjectProperty<Fleet.DeviceRow> deviceProperty() {
        return device;
    }

    /** The online spans in the range shown, and the uptime over it. */
    public ObjectProperty<DeviceDetail.Timeline> timelineProperty() {
        return timeline;
    }

    public ObservableList<DeviceDetail.Series> readings() {
        return readings;
    }

    /** The last epochs, newest first, with the oracle's factors and the uptime this computer saw. */
    public ObservableList<History.EpochEarning> epochs() {
        return epochs;
    }

    List<Instant> range() {
        return List.of(from, to);
    }
}
