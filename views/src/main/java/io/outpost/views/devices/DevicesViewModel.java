package io.outpost.views.devices;

import io.outpost.app.devices.DiscoveredPort;
import io.outpost.devices.catalog.CatalogEntry;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ObservableList;

/**
 * The devices screen's state: the USB serial devices plugged in right now, kept current by the app's
 * hot-plug monitoring. With none, the screen says how to connect one.
 */
public final class DevicesViewModel {
    private final ObservableList<DiscoveredPort> plugged;
    private final BooleanBinding empty;

    public DevicesViewModel(ObservableList<DiscoveredPort> plugged) {
        this.plugged = plugged;
        this.empty = Bindings.isEmpty(plugged);
    }

    public BooleanBinding emptyProperty() {
        return empty;
    }

    public ObservableList<DiscoveredPort> plugged() {
        return plugged;
    }

    /** What to call a device: the catalog's name for its USB id, else what the system calls the port. */
    public static String displayName(DiscoveredPort port) {
        return port.likely().map(CatalogEntry::what)
                .orElseGet(() -> port.port().description());
    }
}
