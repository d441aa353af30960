package io.outpost.views.devices;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ObservableList;

/** The devices screen's state: the devices Outpost has recognised. Until one is, it shows how to connect one. */
public final class DevicesViewModel {
    private final ObservableList<String> recognisedDevices;
    private final BooleanBinding empty;

    public DevicesViewModel(ObservableList<String> recognisedDevices) {
        this.recognisedDevices = recognisedDevices;
        this.empty = Bindings.isEmpty(recognisedDevices);
    }

    public BooleanBinding emptyProperty() {
        return empty;
    }

    public ObservableList<String> recognisedDevices() {
        return recognisedDevices;
    }
}
