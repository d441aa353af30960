package io.outpost.views.dashboard;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ObservableList;

/** The dashboard's state: the onboarded devices it reports on. Until one is onboarded it shows an empty state. */
public final class DashboardViewModel {
    private final BooleanBinding empty;

    public DashboardViewModel(ObservableList<String> onboardedDevices) {
        this.empty = Bindings.isEmpty(onboardedDevices);
    }

    public BooleanBinding emptyProperty() {
        return empty;
    }
}
