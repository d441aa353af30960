/** Serial ports and the devices behind them. No UI: the app, the CLI and the wizard all use it. */
module io.outpost.devices {
    requires com.fazecast.jSerialComm;
    requires org.slf4j;

    exports io.outpost.devices.nmea;
    exports io.outpost.devices.protocol;
    exports io.outpost.devices.serial;
}
