package io.outpost.views.dashboard;

import io.outpost.app.dashboard.Fleet;
import io.outpost.app.tasks.TaskRunner;
import java.util.Locale;
import java.util.concurrent.Callable;
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
    private final ObjectProperty<Fleet> fleet = new SimpleObjectProperty<>();
    private final ObservableList<Fleet.DeviceRow> devices = FXCollections.observableArrayList();
    private final FilteredList<Fleet.DeviceRow> shown = new FilteredList<>(devices);
    private final StringProperty filter = new SimpleStringProperty("");
    private final BooleanProperty failed = new SimpleBooleanProperty();
    private final BooleanBinding empty;

    public DashboardViewModel(TaskRunner tasks, Callable<Fleet> load) {
        this.tasks = tasks;
        this.load = load;
        this.empty = Bindings.createBooleanBinding(() -> fleet.get() != null && fleet.get().total() == 0, fleet);
        filter.addListener((obs, old, now) -> {
            String wanted = now.strip().toLowerCase(Locale.ROOT);
            shown.setPredicate(wanted.isEmpty() ? null : row -> row.name().toLowerCase(Locale.ROOT).contains(wanted)
                    || row.device().contains(wanted));
        });
    }

    /** Reads the fleet again (the view calls it when shown and every little while). */
    public void refresh() {
        tasks.run(load, now -> {
            failed.set(false);
            fleet.set(now);
            devices.setAll(now.devices());
        }, failure -> failed.set(true));
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
