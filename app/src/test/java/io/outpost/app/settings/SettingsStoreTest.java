package io.outpost.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

class SettingsStoreTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:15:30Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;

    private Path file() {
        return temp.resolve("settings.json");
    }

    private SettingsStore store() {
        return new SettingsStore(file(), CLOCK);
    }

    @Test
    void missingFileGivesDefaultsWithoutNotice() {
        SettingsLoad load = store().load();
        assertThat(load.settings()).isEqualTo(Settings.defaults());
        assertThat(load.setAside()).isEmpty();
    }

    @Test
    void savedSettingsReadBackEqual() throws Exception {
        Settings chosen = Settings.defaults().withLanguage("ja").withTheme(Theme.DARK).withLastScreen("wallet")
                .withWindow(new WindowBounds(10, 20, 1000, 700, false));
        store().save(chosen);
        assertThat(store().load().settings()).isEqualTo(chosen);
    }

    @Test
    void savingLeavesNoTempFileAndOnlyTheOwnerMayReadIt() throws Exception {
        store().save(Settings.defaults());
        try (Stream<Path> files = Files.list(temp)) {
            assertThat(files).containsExactly(file());
        }
        assertThat(Files.getPosixFilePermissions(file()))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void unparsableFileIsMovedAsideAndDefaultsAreUsed() throws Exception {
        Files.writeString(file(), "{\"schemaVersion\": 1, \"theme\": ");

        SettingsLoad load = store().load();

        Path aside = temp.resolve("settings.json.corrupt-20261124-101530");
        assertThat(load.settings()).isEqualTo(Settings.defaults());
        assertThat(load.setAside()).contains(aside);
        assertThat(Files.readString(aside)).isEqualTo("{\"schemaVersion\": 1, \"theme\": ");
        assertThat(file()).doesNotExist();
    }

    @Test
    void wrongTypesAndMissingVersionCountAsCorrupt() throws Exception {
        for (String content : List.of("{\"schemaVersion\": 1, \"theme\": 42}", "[1, 2]", "{\"theme\": \"DARK\"}", "")) {
            Files.writeString(file(), content);
            assertThat(store().load().setAside()).as(content).isPresent();
        }
    }

    @Test
    void olderFilesAreMigratedStepByStep() throws Exception {
        Files.writeString(file(), "{\"schemaVersion\": 1, \"darkMode\": true}");
        SettingsMigration darkModeToTheme = new SettingsMigration() {
            @Override
            public int from() {
                return 1;
            }

            @Override
            public ObjectNode migrate(ObjectNode document) {
                document.put("theme", document.path("darkMode").asBoolean() ? "DARK" : "LIGHT");
                document.remove("darkMode");
                return document;
            }
        };
        SettingsStore version2 = new SettingsStore(file(), CLOCK, 2, List.of(darkModeToTheme));

        assertThat(version2.load().settings().theme()).isEqualTo(Theme.DARK);
        version2.save(version2.load().settings());
        assertThat(Files.readString(file())).contains("\"schemaVersion\" : 2").doesNotContain("darkMode");
    }

    @Test
    void fileFromANewerVersionIsKeptAsACopyAndReadLeniently() throws Exception {
        Files.writeString(file(), "{\"schemaVersion\": 7, \"language\": \"fr\", \"cloudSync\": true}");

        SettingsLoad load = store().load();

        assertThat(load.settings().language()).isEqualTo("fr");
        assertThat(load.setAside()).isEmpty();
        assertThat(load.fromNewerVersion()).contains(temp.resolve("settings.json.v7-20261124-101530"));
        assertThat(Files.readString(load.fromNewerVersion().orElseThrow())).contains("cloudSync");
    }

    @Test
    void theHistorysRetentionIsSavedAndAFileWithoutItGetsAYear() throws Exception {
        store().save(Settings.defaults().withHistoryRetentionDays(0));
        assertThat(Files.readString(file())).contains("\"historyRetentionDays\" : 0");
        assertThat(store().load().settings().historyRetentionDays()).as("0 keeps everything").isZero();

        Files.writeString(file(), "{\"schemaVersion\": 1, \"language\": \"de\"}");
        assertThat(store().load().settings().historyRetentionDays()).isEqualTo(365);
        Files.writeString(file(), "{\"schemaVersion\": 1, \"historyRetentionDays\": -3}");
        assertThat(store().load().settings().historyRetentionDays()).isEqualTo(Settings.DEFAULT_HISTORY_RETENTION_DAYS);
    }

    @Test
    void theStreetMapIsOffByDefaultAndItsServerIsKeptOnlyWhenItIsATileAddress() throws Exception {
        Files.writeString(file(), "{\"schemaVersion\": 1}");
        assertThat(store().load().settings().streetMap()).isEqualTo(StreetMap.off());
        assertThat(StreetMap.off().tiles()).isEqualTo("https://tile.openstreetmap.org/{z}/{x}/{y}.png");

        store().save(Settings.defaults().withStreetMap(new StreetMap(true, "https://tiles.example.org/{z}/{x}/{y}.png", null)));
        assertThat(Files.readString(file())).contains("\"enabled\" : true").contains("tiles.example.org");
        StreetMap read = store().load().settings().streetMap();
        assertThat(read.enabled()).isTrue();
        assertThat(read.attribution()).isEqualTo("© OpenStreetMap contributors");

        Files.writeString(file(), "{\"schemaVersion\": 1, \"streetMap\": {\"enabled\": true, \"tiles\": \"file:///etc/{z}\"}}");
        assertThat(store().load().settings().streetMap().tiles()).as("no tile address: the default").isEqualTo(StreetMap.OSM_TILES);
    }

    @Test
    void updateChecksAreOnByDefaultAndAFileWithoutThemGetsThat() throws Exception {
        Files.writeString(file(), "{\"schemaVersion\": 1}");
        assertThat(store().load().settings().updates()).isEqualTo(UpdateCheck.defaults());
        assertThat(UpdateCheck.defaults().on()).isTrue();

        store().save(Settings.defaults().withUpdates(new UpdateCheck(false, "https://example.org/releases.atom", "0.3.0")));
        assertThat(Files.readString(file())).contains("\"dismissedVersion\" : \"0.3.0\"");
        assertThat(store().load().settings().updates())
                .isEqualTo(new UpdateCheck(false, "https://example.org/releases.atom", "0.3.0"));

        Files.writeString(file(), "{\"schemaVersion\": 1, \"updates\": {\"feed\": \"file:///etc/passwd\"}}");
        UpdateCheck read = store().load().settings().updates();
        assertThat(read.feed()).as("no web address: the build's feed").isNull();
        assertThat(read.on()).as("a file naming only a feed keeps the check on").isTrue();
    }
}
