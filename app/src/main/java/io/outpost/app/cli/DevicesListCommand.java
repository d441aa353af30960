package io.outpost.app.cli;

import io.outpost.app.AppServices;
import io.outpost.app.devices.DiscoveredPort;
import io.outpost.app.storage.AppDirectories;
import io.outpost.devices.catalog.CatalogEntry;
import io.outpost.devices.catalog.DeviceFamily;
import io.outpost.devices.serial.SerialPortInfo;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code outpost devices list}: one entry per serial port, with what the USB catalog guesses it is. */
@Command(name = "list", mixinStandardHelpOptions = true)
final class DevicesListCommand implements Callable<Integer> {
    private final CliContext context;

    @ParentCommand
    DevicesCommand parent;

    @Option(names = "--json", descriptionKey = "cli.option.json")
    boolean json;

    DevicesListCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        AppDirectories directories = parent.root.prepareDirectories();
        if (directories == null) {
            return RootCommand.EXIT_USAGE;
        }
        List<DiscoveredPort> ports;
        try (AppServices services = context.services(directories)) {
            ports = services.devices().discovery().list();
        }
        if (json) {
            context.out().println(toJson(ports));
        } else {
            printText(ports);
        }
        return RootCommand.EXIT_OK;
    }

    private void printText(List<DiscoveredPort> ports) {
        var messages = context.messages();
        if (ports.isEmpty()) {
            context.out().println(messages.get("cli.devices.none"));
            return;
        }
        for (DiscoveredPort discovered : ports) {
            SerialPortInfo port = discovered.port();
            String usb = port.usbId().map(Object::toString).orElse("-");
            context.out().println(port.systemPath() + "  " + usb + "  " + port.description());
            context.out().println("    " + discovered.likely().map(e -> messages.get("cli.devices.likely", e.what()))
                    .orElse(messages.get("cli.devices.unknown")));
        }
    }

    static String toJson(List<DiscoveredPort> ports) {
        JsonMapper mapper = JsonMapper.builder().build();
        ArrayNode array = mapper.createArrayNode();
        for (DiscoveredPort discovered : ports) {
            SerialPortInfo port = discovered.port();
            ObjectNode node = array.addObject();
            node.put("path", port.systemPath());
            node.put("description", port.description());
            node.put("manufacturer", port.manufacturer());
            port.usbId().ifPresentOrElse(id -> node.put("usbId", id.toString()), () -> node.putNull("usbId"));
            node.put("serialNumber", port.serialNumber());
            node.put("location", port.location());
            discovered.likely().ifPresentOrElse(entry -> node.set("likely", likely(mapper, entry)), () -> node.putNull("likely"));
        }
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(array);
    }

    private static ObjectNode likely(JsonMapper mapper, CatalogEntry entry) {
        ObjectNode node = mapper.createObjectNode();
        node.put("what", entry.what());
        ArrayNode families = node.putArray("families");
        entry.families().stream().map(DeviceFamily::id).forEach(families::add);
        ArrayNode bauds = node.putArray("baudRates");
        entry.baudRates().forEach(bauds::add);
        node.put("mayWrite", entry.mayWrite());
        return node;
    }
}
