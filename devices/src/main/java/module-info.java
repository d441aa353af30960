/** Serial ports and the devices behind them. No UI: the app, the CLI and the wizard all use it. */
module io.outpost.devices {
    requires com.fazecast.jSerialComm;
    requires org.slf4j;
    requires transitive io.outpost.crypto;
    // ODP/1 messages hand out Jackson trees, so users of this module read them with Jackson too.
    requires transitive tools.jackson.databind;

    exports io.outpost.devices.catalog;
    exports io.outpost.devices.crypto;
    exports io.outpost.devices.diagnose;
    exports io.outpost.devices.dsmr;
    exports io.outpost.devices.emulate;
    exports io.outpost.devices.families;
    exports io.outpost.devices.nmea;
    exports io.outpost.devices.odp;
    exports io.outpost.devices.probe;
    exports io.outpost.devices.protocol;
    exports io.outpost.devices.sds011;
    exports io.outpost.devices.serial;
    exports io.outpost.devices.session;
    exports io.outpost.devices.watch;
}
