package io.outpost.app.status;

import io.outpost.devices.serial.SerialPortScanner;
import io.outpost.wallet.KeystoreDirectory;
import io.outpost.wallet.WalletState;

/** What the header and status bar report. Both reads block on the system: run them off the UI thread. */
public final class StatusService {
    private final SerialPortScanner serialPorts;
    private final KeystoreDirectory keystores;

    public StatusService(SerialPortScanner serialPorts, KeystoreDirectory keystores) {
        this.serialPorts = serialPorts;
        this.keystores = keystores;
    }

    public int serialPortCount() {
        return serialPorts.listPorts().size();
    }

    public WalletState walletState() {
        return keystores.state();
    }
}
