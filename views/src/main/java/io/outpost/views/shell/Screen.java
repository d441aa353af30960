package io.outpost.views.shell;

import java.util.Arrays;

/** The screens of the left navigation. {@code id} is stored in settings to reopen the last one. */
public enum Screen {
    DASHBOARD("dashboard", "nav.dashboard"),
    DEVICES("devices", "nav.devices"),
    COVERAGE("coverage", "nav.coverage"),
    ONBOARD("onboard", "nav.onboard"),
    WALLET("wallet", "nav.wallet"),
    SETTINGS("settings", "nav.settings");

    private final String id;
    private final String titleKey;

    Screen(String id, String titleKey) {
        this.id = id;
        this.titleKey = titleKey;
    }

    public String id() {
        return id;
    }

    public String titleKey() {
        return titleKey;
    }

    /** The screen with this id; the dashboard for an id this version does not know. */
    public static Screen byId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst().orElse(DASHBOARD);
    }
}
