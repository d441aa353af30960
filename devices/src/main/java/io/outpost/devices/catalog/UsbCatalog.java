package io.outpost.devices.catalog;

import io.outpost.devices.serial.UsbId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * USB ids mapped to likely device families, from the built-in table plus the user's own
 * {@code usb-catalog.json} (same format; its entries win). It orders probing; it never decides alone.
 */
public final class UsbCatalog {
    private static final Logger LOG = LoggerFactory.getLogger(UsbCatalog.class);
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final Map<UsbId, CatalogEntry> entries;

    public UsbCatalog(List<CatalogEntry> entries) {
        Map<UsbId, CatalogEntry> byId = new LinkedHashMap<>();
        entries.forEach(e -> e.usb().ifPresent(id -> byId.put(id, e))); // an entry without a USB id is never looked up
        this.entries = Map.copyOf(byId);
    }

    public static UsbCatalog builtIn() {
        try (InputStream in = UsbCatalog.class.getResourceAsStream("usb-catalog.json")) {
            return new UsbCatalog(parse(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("The built-in USB catalog is missing from the build", e);
        }
    }

    /** The built-in table extended by {@code userFile}; a user file that cannot be read is skipped with a warning. */
    public static UsbCatalog withUserFile(Path userFile) {
        List<CatalogEntry> all = new ArrayList<>(builtIn().entries.values());
        try {
            all.addAll(parse(Files.readAllBytes(userFile)));
        } catch (NoSuchFileException e) {
            return builtIn();
        } catch (IOException | JacksonException | IllegalArgumentException e) {
            LOG.warn("The USB catalog {} was not used: {}", userFile, e.getMessage());
        }
        return new UsbCatalog(all);
    }

    public Optional<CatalogEntry> lookup(UsbId id) {
        return Optional.ofNullable(entries.get(id));
    }

    /** Every entry with a USB id, in no particular order. */
    public List<CatalogEntry> entries() {
        return List.copyOf(entries.values());
    }

    public int size() {
        return entries.size();
    }

    static List<CatalogEntry> parse(byte[] json) {
        JsonNode root = MAPPER.readTree(json);
        List<CatalogEntry> parsed = new ArrayList<>();
        for (JsonNode node : root.path("entries")) {
            parsed.add(entry(node));
        }
        return parsed;
    }

    private static CatalogEntry entry(JsonNode node) {
        List<DeviceFamily> families = new ArrayList<>();
        for (JsonNode family : node.path("families")) {
            families.add(DeviceFamily.byId(family.asString())
                    .orElseThrow(() -> new IllegalArgumentException("unknown device family " + family)));
        }
        List<Integer> bauds = new ArrayList<>();
        for (JsonNode baud : node.path("baudRates")) {
            if (!baud.canConvertToInt() || baud.asInt() <= 0) {
                throw new IllegalArgumentException("invalid baud rate " + baud);
            }
            bauds.add(baud.asInt());
        }
        return new CatalogEntry(Optional.of(UsbId.parse(node.path("usb").asString())), node.path("what").asString(""), families,
                bauds, node.path("mayWrite").asBoolean(false), node.path("holdControlLinesLow").asBoolean(false));
    }
}
