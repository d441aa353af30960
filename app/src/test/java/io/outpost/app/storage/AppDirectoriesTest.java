package io.outpost.app.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppDirectoriesTest {
    private final Path home = Path.of("/home/ana");

    @Test
    void linuxFollowsXdg() {
        AppDirectories dirs = AppDirectories.forOs("Linux", Map.of("XDG_CONFIG_HOME", "/cfg", "XDG_DATA_HOME", "/data"), home);
        assertThat(dirs.config()).isEqualTo(Path.of("/cfg/outpost"));
        assertThat(dirs.data()).isEqualTo(Path.of("/data/outpost"));
        assertThat(dirs.settingsFile()).isEqualTo(Path.of("/cfg/outpost/settings.json"));
        assertThat(dirs.logs()).isEqualTo(Path.of("/data/outpost/logs"));
    }

    @Test
    void linuxWithoutXdgOrWithRelativeXdgUsesTheHomeFolder() {
        AppDirectories dirs = AppDirectories.forOs("Linux", Map.of("XDG_CONFIG_HOME", "relative/cfg"), home);
        assertThat(dirs.config()).isEqualTo(Path.of("/home/ana/.config/outpost"));
        assertThat(dirs.data()).isEqualTo(Path.of("/home/ana/.local/share/outpost"));
    }

    @Test
    void macOsKeepsEverythingInApplicationSupport() {
        AppDirectories dirs = AppDirectories.forOs("Mac OS X", Map.of(), home);
        assertThat(dirs.config()).isEqualTo(Path.of("/home/ana/Library/Application Support/Outpost"));
        assertThat(dirs.data()).isEqualTo(dirs.config());
    }

    @Test
    void windowsUsesAppData() {
        AppDirectories dirs = AppDirectories.forOs("Windows 11", Map.of("APPDATA", "/r", "LOCALAPPDATA", "/l"), home);
        assertThat(dirs.config()).isEqualTo(Path.of("/r/Outpost"));
        assertThat(dirs.data()).isEqualTo(Path.of("/l/Outpost"));
    }

    @Test
    void portableKeepsEverythingInOneFolder() {
        AppDirectories dirs = AppDirectories.portable(Path.of("/media/stick/outpost"));
        assertThat(dirs.config()).isEqualTo(dirs.data()).isEqualTo(Path.of("/media/stick/outpost"));
        assertThat(dirs.keystores()).isEqualTo(Path.of("/media/stick/outpost/wallets"));
    }
}
