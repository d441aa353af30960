package io.outpost.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.app.AppServices;
import io.outpost.app.doctor.SystemFacts;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class OutpostCliTest {
    static final SystemFacts LINUX = new SystemFacts(Runtime.version(), Optional.of("25.0.4"), "Linux", "6.1",
            "amd64", "root");

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<AppServices> opened = new ArrayList<>();

    private int run(Map<String, String> env, String... args) {
        DesktopLauncher desktop = services -> {
            opened.add(services);
            return 0;
        };
        return new OutpostCli(LINUX, env, temp.resolve("home"), Locale.ENGLISH, new PrintWriter(out), new PrintWriter(err),
                desktop).execute(args);
    }

    @Test
    void versionAndHelpNeedNoDisplayAndTouchNoFolder() {
        assertThat(run(Map.of(), "--version")).isZero();
        assertThat(out.toString()).startsWith("Outpost ").doesNotContain("${");
        assertThat(run(Map.of(), "--help")).isZero();
        assertThat(out.toString()).contains("--data-dir=DIR", "doctor", "Check that this computer can run Outpost");
        assertThat(temp.resolve("home")).doesNotExist();
    }

    @Test
    void doctorJsonIsMachineReadable() throws Exception {
        int exit = run(Map.of(), "doctor", "--json", "--data-dir", temp.resolve("data").toString());

        JsonNode report = JsonMapper.builder().build().readTree(out.toString());
        assertThat(report.get("checks")).hasSize(9);
        assertThat(report.get("checks").get(0).get("id").asString()).isEqualTo("java");
        assertThat(exit).isEqualTo(report.get("ok").asBoolean() ? 0 : 1);
        assertThat(Files.isDirectory(temp.resolve("data").resolve("logs"))).isTrue();
    }

    @Test
    void dataDirOptionWorksBeforeTheCommandToo() {
        run(Map.of(), "--data-dir", temp.resolve("early").toString(), "doctor");
        assertThat(out.toString()).contains("Outpost doctor", temp.resolve("early").toString());
    }

    @Test
    void withoutADisplayTheWindowIsNotOpenedAndTheUserIsTold() {
        assertThat(run(Map.of(), "--data-dir", temp.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no display was found", "outpost doctor");
        assertThat(opened).isEmpty();
    }

    @Test
    void withADisplayTheDesktopOpensOnTheChosenDataFolder() {
        assertThat(run(Map.of("DISPLAY", ":0"), "--data-dir", temp.resolve("portable").toString())).isZero();
        assertThat(opened).singleElement().satisfies(s ->
                assertThat(s.directories().data()).isEqualTo(temp.resolve("portable").toAbsolutePath()));
    }

    @Test
    void unusableDataFolderIsExplained() throws Exception {
        Path file = Files.writeString(temp.resolve("a-file"), "x");
        assertThat(run(Map.of(), "doctor", "--data-dir", file.resolve("sub").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("cannot use the folder");
    }

    @Test
    void devicesListJsonIsAnArrayOfPorts() throws Exception {
        assertThat(run(Map.of(), "devices", "list", "--json", "--data-dir", temp.resolve("d").toString())).isZero();
        JsonNode ports = JsonMapper.builder().build().readTree(out.toString());
        assertThat(ports.isArray()).isTrue();
        ports.forEach(port -> assertThat(port.has("path") && port.has("usbId") && port.has("likely")).isTrue());
    }

    @Test
    void devicesHelpIsTranslated() {
        assertThat(run(Map.of(), "devices", "--help")).isZero();
        assertThat(out.toString()).contains("Find and talk to the serial devices", "List the serial ports");
    }

    @Test
    void walletHelpNamesSpeedUpAndCancel() {
        assertThat(run(Map.of(), "wallet", "--help")).isZero();
        assertThat(run(Map.of(), "wallet", "speed-up", "--help")).isZero();
        assertThat(out.toString()).contains("Pay a higher fee for a transaction still waiting", "Cancel a transaction still waiting",
                "HASH", "The transaction’s hash", "--password-file=FILE").doesNotContain("${");
    }

    @Test
    void unknownOptionGivesUsageError() {
        assertThat(run(Map.of(), "--frobnicate")).isEqualTo(2);
        assertThat(err.toString()).contains("--frobnicate");
    }
}
