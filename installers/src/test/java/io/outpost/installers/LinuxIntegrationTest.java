package io.outpost.installers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The .deb's maintainer scripts, run for real the way dpkg runs them into another root (DPKG_ROOT): they put the
 * udev rule, menu entry and command in place, never fail on a machine without a desktop or udev, explain the
 * serial group, and removing the package takes everything back.
 */
class LinuxIntegrationTest {
    private static final String APP_DIR = "/opt/outpost";

    @TempDir
    Path temp;

    private Path root;
    private Path resources;
    private final LinuxIntegration linux = new LinuxIntegration(APP_DIR, "Outpost");

    @BeforeEach
    void installTheAppImage() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "the scripts are POSIX shell");
        root = temp.resolve("root");
        linux.writeContent(root.resolve("opt/outpost/lib/linux"));
        resources = temp.resolve("resources");
        linux.writeResources(resources, "outpost");
    }

    @Test
    void installingPutsTheRuleTheMenuEntryAndTheCommandInPlace() throws Exception {
        Run run = script("postinst", "configure", Map.of());

        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(root.resolve("usr/lib/udev/rules.d/60-outpost.rules")).hasSameTextualContentAs(
                root.resolve("opt/outpost/lib/linux/60-outpost.rules"));
        assertThat(root.resolve("usr/share/applications/outpost.desktop")).content()
                .contains("Exec=/opt/outpost/bin/Outpost", "Icon=/opt/outpost/lib/Outpost.png");
        assertThat(Files.readSymbolicLink(root.resolve("usr/bin/outpost"))).isEqualTo(Path.of("/opt/outpost/bin/Outpost"));
    }

    @Test
    void removingTakesItAllBack() throws Exception {
        script("postinst", "configure", Map.of());
        Run run = script("postrm", "remove", Map.of());

        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(root.resolve("usr/lib/udev/rules.d/60-outpost.rules")).doesNotExist();
        assertThat(root.resolve("usr/share/applications/outpost.desktop")).doesNotExist();
        assertThat(root.resolve("usr/bin/outpost")).doesNotExist();
        assertThat(script("postrm", "purge", Map.of()).exit()).as("purge after remove").isZero();
    }

    @Test
    void anUpgradeKeepsWhatTheNewVersionInstalled() throws Exception {
        script("postinst", "configure", Map.of());
        assertThat(script("postrm", "upgrade", Map.of()).exit()).isZero();

        assertThat(root.resolve("usr/lib/udev/rules.d/60-outpost.rules")).exists();
    }

    @Test
    void aMachineWhereNothingCanBeWrittenStillInstalls() throws Exception {
        Files.createDirectories(root);
        Files.writeString(root.resolve("usr"), "not a folder"); // no /usr/lib/udev, no /usr/share/applications

        Run run = script("postinst", "configure", Map.of());

        assertThat(run.exit()).as(run.output()).isZero();
    }

    @Test
    void theUserWhoInstalledIsToldAboutTheSerialGroup() throws Exception {
        assumeTrue(exec(List.of("id", "nobody"), Map.of()).exit() == 0, "a user named nobody");
        Run run = script("postinst", "configure", Map.of("SUDO_USER", "nobody"));

        assertThat(run.output()).contains("sudo usermod -aG", " nobody (then log in again)");
    }

    @Test
    void theRpmRunsTheSameScriptsAndRemovesOnlyOnErase() throws Exception {
        String spec = Files.readString(resources.resolve("outpost.spec"));
        assertThat(spec).contains("%post\n").contains("%postun\n").contains("if [ \"$1\" = 0 ]; then")
                .contains("/usr/lib/udev/rules.d/60-outpost.rules").doesNotContain("@INSTALL@", "@REMOVE@", "@APPDIR@");
    }

    @Test
    void theMenuEntrySpeaksEveryLanguageOfTheApp() {
        assertThat(linux.desktopEntry()).contains("Comment=Find, register and watch", "Comment[de]=", "Comment[pt_BR]=",
                "Comment[zh_CN]=", "Comment[ar]=", "Comment[ja]=", "Comment[fr]=", "Comment[es]=").doesNotContain("@");
    }

    private Run script(String name, String argument, Map<String, String> env) throws Exception {
        Path script = resources.resolve(name);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        Map<String, String> all = new HashMap<>(env);
        all.put("DPKG_ROOT", root.toString());
        // udevadm must not touch this machine's udev: a stand-in that does nothing.
        Path bin = Files.createDirectories(temp.resolve("bin"));
        Path udevadm = Files.writeString(bin.resolve("udevadm"), "#!/bin/sh\nexit 0\n");
        Files.setPosixFilePermissions(udevadm, PosixFilePermissions.fromString("rwxr-xr-x"));
        all.put("PATH", bin + ":" + System.getenv("PATH"));
        return exec(List.of("/bin/sh", script.toString(), argument), all);
    }

    private static Run exec(List<String> command, Map<String, String> env) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("SUDO_USER");
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), output);
    }

    private record Run(int exit, String output) {
    }
}
