package io.outpost.views.dashboard;

import io.outpost.app.dashboard.Fleet;
import io.outpost.app.history.EarningsExport;
import io.outpost.app.tasks.TaskRunner;
import io.outpost.views.wallet.Feedback;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The fleet overview: the figures of the tiles, earnings per day and the device table (filtered by name). Read
 * through the {@link TaskRunner}; a failed read keeps what was shown and says so.
 */
public final class DashboardViewModel {
    private final TaskRunner tasks;
    private final Callable<Fleet> load;
    private final UnaryOperator<Fleet> withChainFigures;
    private final ObjectProperty<Fleet> fleet = new SimpleObjectProperty<>();
    private final ObservableList<Fleet.DeviceRow> devices = FXCollections.observableArrayList();
    private final FilteredList<Fleet.DeviceRow> shown = new FilteredList<>(devices);
    private final StringProperty filter = new SimpleStringProperty("");
    private final BooleanProperty failed = new SimpleBooleanProperty();
    private final BooleanBinding empty;
    private final BiFunction<LocalDate, LocalDate, EarningsExport> exporter;
    private final Clock clock;
    private final ObjectProperty<Feedback> exportFeedback = new SimpleObjectProperty<>();
    private boolean reading;
    private boolean askingChain;

    /** Which earnings an export holds (days in UTC). */
    public enum ExportRange { THIS_YEAR, LAST_YEAR, EVERYTHING }

    /**
     * @param load             the fleet from this computer's history (fast)
     * @param withChainFigures the same with the rewards waiting and the stake from the chain (seconds, when the
     *                         network is slow or down): asked after the rest is shown
     */
    public DashboardViewModel(TaskRunner tasks, Callable<Fleet> load, UnaryOperator<Fleet> withChainFigures,
                              BiFunction<LocalDate, LocalDate, EarningsExport> exporter, Clock clock) {
        this.tasks = tasks;
        this.load = load;
        this.withChainFigures = withChainFigures;
        this.exporter = exporter;
        this.clock = clock;
        this.empty = Bindings.createBooleanBinding(() -> fleet.get() != null && fleet.get().total() == 0, fleet);
        filter.addListener((obs, old, now) -> {
            String wanted = now.strip().toLowerCase(Locale.ROOT);
            shown.setPredicate(wanted.isEmpty() ? null : row -> row.name().toLowerCase(Locale.ROOT).contains(wanted)
                    || row.device().contains(wanted));
        });
    }

    /**
     * Reads the fleet again (the view calls it when shown and every little while): what this computer knows first,
     * then what the chain adds; until it is in, the last figures from the chain stay. While a read is under way (a
     * slow disk or network), another is not started. Call on the UI thread.
     */
    public void refresh() {
        if (reading) {
            return;
        }
        reading = true;
        tasks.run(load, local -> {
            reading = false;
            failed.set(false);
            Fleet before = fleet.get();
            fleet.set(before == null || before.pendingRewards().isEmpty() ? local
                    : local.withChainFigures(before.pendingRewards().get(), before.staked().orElse(BigInteger.ZERO)));
            devices.setAll(local.devices());
            askChain(local);
        }, failure -> {
            reading = false;
            failed.set(true);
        });
    }

    // An answer that comes after a newer read was shown is dropped; the next refresh asks again.
    private void askChain(Fleet local) {
        if (askingChain) {
            return;
        }
        askingChain = true;
        tasks.run(() -> withChainFigures.apply(local), complete -> {
            askingChain = false;
            if (fleet.get() != null && fleet.get().at().equals(local.at())) {
                fleet.set(complete);
            }
        }, failure -> askingChain = false);
    }

    /**
     * Writes the earnings of {@code range} (per day and device, with the claims' hashes, for taxes) to {@code file},
     * as JSON or CSV; says where it was saved, or why it could not be.
     */
    public void export(ExportRange range, Path file, boolean json) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate from = switch (range) {
            case THIS_YEAR -> today.withDayOfYear(1);
            case LAST_YEAR -> today.minusYears(1).withDayOfYear(1);
            case EVERYTHING -> LocalDate.of(2000, 1, 1);
        };
        LocalDate to = range == ExportRange.LAST_YEAR ? today.withDayOfYear(1).minusDays(1) : today;
        exportFeedback.set(Feedback.success("dashboard.export.working"));
        tasks.run(() -> {
            EarningsExport export = exporter.apply(from, to);
            Files.writeString(file, json ? export.json() : export.csv());
            return file;
        }, saved -> exportFeedback.set(Feedback.success("dashboard.export.saved", saved.toString())),
                failure -> exportFeedback.set(Feedback.problem("dashboard.export.failed", file.toString())));
    }

    public ObjectProperty<Feedback> exportFeedbackProperty() {
        return exportFeedback;
    }

    /** The last fleet read; null until the first read is in. */
    public ObjectProperty<Fleet> fleetProperty() {
        return fleet;
    }

    /** The device rows the table shows: all of them, or those whose name or address holds the filter text. */
    public ObservableList<Fleet.DeviceRow> shownDevices() {
        return shown;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    /** The last read failed (the local history could not be read); what was shown before stays. */
    public BooleanProperty failedProperty() {
        return failed;
    }

    /** No device is onboarded on this network yet. */
    public BooleanBinding emptyProperty() {
        return empty;
    }
}
