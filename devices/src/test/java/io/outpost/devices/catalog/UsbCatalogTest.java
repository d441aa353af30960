package io.outpost.devices.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.devices.serial.UsbId;
import io.outpost.devices.testing.Captures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsbCatalogTest {
    @TempDir
    Path temp;

    @Test
    void everyIdOfTheSourceTableIsInTheCatalog() throws Exception {
        List<String> rows = Files.readAllLines(Captures.file("usb-ids", "usb-vid-pid.csv")).stream().skip(1)
                .filter(line -> !line.isBlank()).toList();
        UsbCatalog catalog = UsbCatalog.builtIn();
        for (String row : rows) {
            String[] columns = row.split(",");
            assertThat(catalog.lookup(UsbId.parse(columns[0] + ":" + columns[1]))).as(row).isPresent();
        }
        assertThat(catalog.size()).isEqualTo(rows.size());
    }

    @Test
    void knownReceiversAreGuessedAndGenericAdaptersAreOnlyListenedTo() {
        UsbCatalog catalog = UsbCatalog.builtIn();
        CatalogEntry ublox = catalog.lookup(UsbId.parse("1546:01A8")).orElseThrow();
        assertThat(ublox.families()).containsExactly(DeviceFamily.NMEA);
        assertThat(ublox.mayWrite()).isTrue();
        CatalogEntry ch340 = catalog.lookup(UsbId.parse("1a86:7523")).orElseThrow();
        assertThat(ch340.families()).startsWith(DeviceFamily.SDS011);
        assertThat(ch340.baudRates()).containsExactly(9600);
        assertThat(ch340.mayWrite()).isFalse();
        assertThat(catalog.lookup(UsbId.parse("303a:1001")).orElseThrow().holdControlLinesLow()).isTrue();
        assertThat(catalog.lookup(UsbId.parse("dead:beef"))).isEmpty();
    }

    @Test
    void theUsersFileAddsAndOverridesEntries() throws Exception {
        Path file = Files.writeString(temp.resolve("usb-catalog.json"), """
                {"entries": [
                  {"usb": "1a86:7523", "what": "my SDS011", "families": ["sds011"], "baudRates": [9600], "mayWrite": true},
                  {"usb": "abcd:0001", "what": "my meter cable", "families": ["dsmr"], "baudRates": [115200]}
                ]}""");
        UsbCatalog catalog = UsbCatalog.withUserFile(file);
        assertThat(catalog.lookup(UsbId.parse("1a86:7523")).orElseThrow().mayWrite()).isTrue();
        assertThat(catalog.lookup(UsbId.parse("abcd:0001")).orElseThrow().families()).containsExactly(DeviceFamily.DSMR);
        assertThat(catalog.lookup(UsbId.parse("1546:01a8"))).isPresent();
    }

    @Test
    void aBrokenUserFileIsSkippedAndTheBuiltInTableStays() throws Exception {
        for (String content : List.of("{not json", "{\"entries\": [{\"usb\": \"zz\"}]}",
                "{\"entries\": [{\"usb\": \"1234:5678\", \"families\": [\"teleport\"]}]}")) {
            Path file = Files.writeString(temp.resolve("usb-catalog.json"), content);
            UsbCatalog catalog = UsbCatalog.withUserFile(file);
            assertThat(catalog.size()).as(content).isEqualTo(UsbCatalog.builtIn().size());
        }
        assertThat(UsbCatalog.withUserFile(temp.resolve("absent.json")).size()).isEqualTo(UsbCatalog.builtIn().size());
    }
}
