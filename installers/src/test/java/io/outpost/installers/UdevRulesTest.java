package io.outpost.installers;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.devices.catalog.CatalogEntry;
import io.outpost.devices.catalog.UsbCatalog;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The udev rule covers exactly the catalog's supported devices, each with both settings. */
class UdevRulesTest {
    private static final Pattern RULE = Pattern.compile(
            "ATTRS\\{idVendor\\}==\"[0-9a-f]{4}\", ATTRS\\{idProduct\\}==\"[0-9a-f]{4}\", ENV\\{ID_MM_DEVICE_IGNORE\\}=\"1\", TAG\\+=\"uaccess\"");

    private final List<CatalogEntry> catalog = UsbCatalog.builtIn().entries();
    private final String rules = UdevRules.of(catalog);

    @Test
    void everyDeviceOfASupportedFamilyHasARule() {
        List<CatalogEntry> supported = catalog.stream().filter(entry -> !entry.families().isEmpty()).toList();
        assertThat(supported).hasSizeGreaterThan(10);
        for (CatalogEntry entry : supported) {
            String[] id = entry.usb().orElseThrow().toString().split(":");
            assertThat(rules).contains("ATTRS{idVendor}==\"" + id[0] + "\", ATTRS{idProduct}==\"" + id[1] + "\", "
                    + "ENV{ID_MM_DEVICE_IGNORE}=\"1\", TAG+=\"uaccess\"");
        }
        assertThat(rules.lines().filter(line -> line.startsWith("ATTRS"))).hasSize(supported.size())
                .allMatch(line -> RULE.matcher(line).matches());
    }

    @Test
    void idsTheAppCannotTalkToAreLeftToTheSystem() {
        // A Garmin receiver needs Garmin's protocol; an STM32 port is as likely a 3D printer as a gateway.
        assertThat(rules).doesNotContain("\"091e\"").doesNotContain("\"0483\"");
    }

    @Test
    void onlySerialPortsBeingAddedOrChangedAreTouched() {
        assertThat(rules.lines().filter(line -> !line.startsWith("#")).findFirst())
                .hasValue("ACTION==\"remove\", GOTO=\"outpost_end\"");
        assertThat(rules).contains("SUBSYSTEM!=\"tty\", GOTO=\"outpost_end\"").endsWith("LABEL=\"outpost_end\"\n");
    }
}
