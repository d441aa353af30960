package io.outpost.devices.serial;

import com.fazecast.jSerialComm.SerialPort;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens real ports through jSerialComm, and says why when it cannot. */
public final class JSerialCommPorts implements SerialPorts {
    // errno values as Linux and macOS report them through jSerialComm's last error code.
    private static final int ENOENT = 2;
    private static final int EACCES = 13;
    private static final int EBUSY = 16;

    @Override
    public SerialLink open(String path, LineSettings settings) throws PortOpenException {
        Path device = Path.of(path);
        boolean unixDevice = path.startsWith("/");
        if (unixDevice && !Files.exists(device)) {
            throw new PortOpenException(path, PortOpenException.Reason.NOT_FOUND, "");
        }
        if (unixDevice && !(Files.isReadable(device) && Files.isWritable(device))) {
            throw new PortOpenException(path, PortOpenException.Reason.PERMISSION_DENIED, "");
        }
        SerialPort port = SerialPort.getCommPort(path);
        configure(port, settings);
        if (!port.openPort()) {
            throw new PortOpenException(path, reasonFor(port.getLastErrorCode()), "error " + port.getLastErrorCode());
        }
        return new JSerialCommLink(path, port);
    }

    private static void configure(SerialPort port, LineSettings settings) {
        int parity = switch (settings.parity()) {
            case NONE -> SerialPort.NO_PARITY;
            case EVEN -> SerialPort.EVEN_PARITY;
            case ODD -> SerialPort.ODD_PARITY;
        };
        int stopBits = settings.stopBits() == 2 ? SerialPort.TWO_STOP_BITS : SerialPort.ONE_STOP_BIT;
        port.setComPortParameters(settings.baudRate(), settings.dataBits(), stopBits, parity);
        port.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
        if (settings.holdControlLinesLow()) {
            // Called before openPort, these set the state the lines have from the moment the port opens.
            port.clearDTR();
            port.clearRTS();
        }
    }

    private static PortOpenException.Reason reasonFor(int errno) {
        return switch (errno) {
            case ENOENT -> PortOpenException.Reason.NOT_FOUND;
            case EACCES -> PortOpenException.Reason.PERMISSION_DENIED;
            case EBUSY -> PortOpenException.Reason.BUSY;
            default -> PortOpenException.Reason.OTHER;
        };
    }
}
