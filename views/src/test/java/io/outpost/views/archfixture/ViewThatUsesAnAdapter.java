package io.outpost.views.archfixture;

import io.outpost.devices.serial.JSerialCommScanner;

/** Breaks the value-types-only rule on purpose: a view that lists ports itself instead of asking app. */
public final class ViewThatUsesAnAdapter {
    public int ports() {
        return new JSerialCommScanner("Linux").listPorts().size();
    }
}
