package io.outpost.installers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinuxLauncherTest {
    @TempDir
    Path temp;

    @Test
    void theScriptStartsTheImagesOwnJavaWithWhatTheConfigurationSays() throws Exception {
        assumeTrue(TargetOs.current() == TargetOs.LINUX, "a shell script launcher is made on Linux only");
        Path image = fakeImage(temp.resolve("opt/outpost"));
        Path link = Files.createDirectories(temp.resolve("usr/bin")).resolve("outpost");
        Files.createSymbolicLink(link, image.resolve("bin/Outpost"));

        List<String> args = run(link, "--data-dir", "/tmp/a folder", "it's");

        String lib = image.toRealPath().resolve("lib/app").toString();
        assertThat(args).containsExactly(
                "-XX:AOTCache=" + lib + "/outpost.aot",
                "-Dname=a \"quoted\" $HOME `x`",
                "-Djpackage.app-path=" + image.toRealPath().resolve("bin/Outpost"),
                "-cp", lib + "/outpost-views.jar:" + lib + "/picocli.jar",
                "io.outpost.views.OutpostMain",
                "--data-dir", "/tmp/a folder", "it's");
    }

    @Test
    void aConfigurationWithoutMainClassIsRefused() {
        assertThatThrownBy(() -> LinuxLauncher.script(List.of("[Application]", "app.classpath=$APPDIR/a.jar"), "Outpost"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // An app image as jpackage leaves it, whose runtime's java prints each argument on a line of its own.
    private static Path fakeImage(Path image) throws Exception {
        Path app = Files.createDirectories(image.resolve("lib/app"));
        Files.writeString(app.resolve("Outpost.cfg"), """
                [Application]
                app.classpath=$APPDIR/outpost-views.jar
                app.mainclass=io.outpost.views.OutpostMain
                app.classpath=$APPDIR/picocli.jar

                [JavaOptions]
                java-options=-XX:AOTCache=$APPDIR/outpost.aot
                java-options=-Dname=a "quoted" $HOME `x`
                """);
        Path java = Files.createDirectories(image.resolve("lib/runtime/bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\nfor arg in \"$@\"; do printf '%s\\n' \"$arg\"; done\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.createDirectories(image.resolve("bin"));
        Files.writeString(image.resolve("bin/Outpost"), "jpackage's native launcher");
        LinuxLauncher.replace(image, "Outpost");
        return image;
    }

    private static List<String> run(Path launcher, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        return out.lines().toList();
    }
}
