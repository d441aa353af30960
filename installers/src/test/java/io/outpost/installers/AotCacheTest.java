package io.outpost.installers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AotCacheTest {
    @TempDir
    Path temp;

    @Test
    void theLauncherStartsWithTheCacheBesideTheJars() throws Exception {
        Path cfg = Files.writeString(temp.resolve("Outpost.cfg"), """
                [Application]
                app.mainclass=io.outpost.views.OutpostMain

                [JavaOptions]
                java-options=-Djpackage.app-version=0.1.0
                """);

        AotCache.useCache(cfg);

        assertThat(Files.readAllLines(cfg)).containsSubsequence("[JavaOptions]",
                "java-options=-XX:AOTCache=$APPDIR/outpost.aot", "java-options=-Djpackage.app-version=0.1.0");
    }

    @Test
    void aConfigurationWithoutJavaOptionsGetsTheSection() throws Exception {
        Path cfg = Files.writeString(temp.resolve("Outpost.cfg"), "[Application]\napp.mainclass=a.Main\n");

        AotCache.useCache(cfg);

        assertThat(Files.readAllLines(cfg)).endsWith("[JavaOptions]", "java-options=-XX:AOTCache=$APPDIR/outpost.aot");
    }

    @Test
    void eachSystemsLauncherAndAppFolderAreWhereJpackagePutsThem() {
        Path image = Path.of("image");
        assertThat(TargetOs.LINUX.launcher(image, "Outpost")).isEqualTo(Path.of("image/bin/Outpost"));
        assertThat(TargetOs.LINUX.appFolder(image)).isEqualTo(Path.of("image/lib/app"));
        assertThat(TargetOs.WINDOWS.launcher(image, "Outpost")).isEqualTo(Path.of("image/Outpost.exe"));
        assertThat(TargetOs.WINDOWS.appFolder(image)).isEqualTo(Path.of("image/app"));
        assertThat(TargetOs.MAC.launcher(image, "Outpost")).isEqualTo(Path.of("image/Contents/MacOS/Outpost"));
        assertThat(TargetOs.MAC.appFolder(image)).isEqualTo(Path.of("image/Contents/app"));
    }
}
