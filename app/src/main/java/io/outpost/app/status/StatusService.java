package io.outpost.app.status;

import io.outpost.devices.serial.SerialPortScanner;
import io.outpost.wallet.WalletState;
import java.io.IOException;

/** What the header and status bar report. Both reads block on the system: run them off the UI thread. */
public final class StatusService {
    private final SerialPortScanner serialPorts;
    private final WalletStates wallet;

    /** Where the wallet's state is read: none, locked or unlocked. */
    @FunctionalInterface
    public interface WalletStates {
        WalletState state() throws IOException;
    }

    public StatusService(SerialPortScanner serialPorts, WalletStates wallet) {
        this.serialPorts = serialPorts;
        this.wallet = wallet;
    }

    public int serialPortCount() {
        return serialPorts.listPorts().size();
    }

    public WalletState walletState() throws IOException {
        return wallet.state();
    }
}
