package io.outpost.app.settings;

import io.outpost.app.storage.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes {@code settings.json}. Reading never fails the app: a file that cannot be parsed is
 * moved aside as {@code settings.json.corrupt-<time>} and defaults are used. Writing is atomic.
 */
public final class SettingsStore {
    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Path file;
    private final Clock clock;
    private final int currentVersion;
    private final List<SettingsMigration> migrations;
    private final JsonMapper mapper = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    public SettingsStore(Path file, Clock clock) {
        this(file, clock, Settings.CURRENT_VERSION, List.of());
    }

    /** @param migrations one per older schema version, applied in order of {@link SettingsMigration#from()} */
    public SettingsStore(Path file, Clock clock, int currentVersion, List<SettingsMigration> migrations) {
        this.file = file;
        this.clock = clock;
        this.currentVersion = currentVersion;
        this.migrations = List.copyOf(migrations);
    }

    public Path file() {
        return file;
    }

    public SettingsLoad load() {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return SettingsLoad.clean(Settings.defaults());
        } catch (IOException e) {
            LOG.warn("Settings file {} cannot be read; using defaults for this run", file, e);
            return SettingsLoad.clean(Settings.defaults());
        }
        try {
            return parse(content);
        } catch (JacksonException | IllegalArgumentException e) {
            LOG.warn("Settings file {} is not valid ({}); moving it aside", file, e.getMessage());
            return new SettingsLoad(Settings.defaults(), moveAside("corrupt"), Optional.empty());
        }
    }

    public void save(Settings settings) throws IOException {
        Settings stamped = new Settings(currentVersion, settings.language(), settings.theme(), settings.networkId(),
                settings.lastScreen(), settings.window(), settings.autoLockMinutes(), settings.historyRetentionDays(),
                settings.offlineAlertMinutes(), settings.dailySummaryHour(), settings.streetMap(), settings.updates());
        AtomicFiles.write(file, mapper.writeValueAsBytes(stamped));
    }

    private SettingsLoad parse(byte[] content) {
        JsonNode tree = mapper.readTree(content);
        if (!(tree instanceof ObjectNode document)) {
            throw new IllegalArgumentException("settings must be a JSON object");
        }
        int version = document.path("schemaVersion").asInt(0);
        if (version < 1) {
            throw new IllegalArgumentException("missing or invalid schemaVersion");
        }
        Optional<Path> newerCopy = version > currentVersion ? copyAside("v" + version) : Optional.empty();
        ObjectNode migrated = migrate(document, version);
        Settings settings = mapper.treeToValue(migrated, Settings.class);
        return new SettingsLoad(settings, Optional.empty(), newerCopy);
    }

    private ObjectNode migrate(ObjectNode document, int version) {
        ObjectNode current = document;
        for (int v = version; v < currentVersion; v++) {
            int from = v;
            SettingsMigration step = migrations.stream().filter(m -> m.from() == from).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No settings migration from version " + from));
            current = step.migrate(current);
            current.put("schemaVersion", from + 1);
        }
        return current;
    }

    private Optional<Path> moveAside(String reason) {
        return setAside(reason, (from, to) -> Files.move(from, to, StandardCopyOption.REPLACE_EXISTING));
    }

    private Optional<Path> copyAside(String reason) {
        return setAside(reason, (from, to) -> Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING));
    }

    private Optional<Path> setAside(String reason, FileTransfer transfer) {
        Path aside = asidePath(reason);
        try {
            transfer.apply(file, aside);
            return Optional.of(aside);
        } catch (IOException e) {
            LOG.warn("Could not set {} aside as {}", file, aside, e);
            return Optional.empty();
        }
    }

    @FunctionalInterface
    private interface FileTransfer {
        Path apply(Path from, Path to) throws IOException;
    }

    private Path asidePath(String reason) {
        return file.resolveSibling(file.getFileName() + "." + reason + "-" + STAMP.format(clock.instant()));
    }
}
