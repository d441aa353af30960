package io.outpost.views.ui;

import io.outpost.devices.catalog.DeviceFamily;
import io.outpost.devnet.OnboardingNet;
import io.outpost.devnet.OracleTestNet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * How many clicks, and how many seconds, from plugging a device in to the network accepting its first heartbeat,
 * through the real window on the devnet (anvil, the reference oracle), for the ODP hotspot (beating every 5 s,
 * its fastest) and the SDS011 sensor. The wallet is locked at the start. "Plugging in" is the moment the
 * emulator's port joins the plugged-in list, as a USB device's does; typing (name, place, password) is counted
 * apart from clicks (each field is reached by a click or Tab). Its name keeps it out of {@code ./mvnw verify}; run
 * it with {@code ./mvnw -pl views -am verify -Dtest=OnboardingBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 * The figures are printed and appended to views/target/onboarding-benchmark.txt.
 */
class OnboardingBenchmark extends DesktopUiTest {
    private static final String PASSWORD = "a long password";

    @TempDir
    Path devicesFolder;
    private int clicks;
    private int typedFields;

    @Test
    void fromPlugInToTheFirstAcceptedHeartbeat() throws Exception {
        try (OnboardingNet devices = OnboardingNet.start(devicesFolder)) {
            importKey(HexFormat.of().parseHex(String.format("%064x", OracleTestNet.ALICE.getEcKeyPair().getPrivateKey())), PASSWORD);
            openOn(devices.profile());
            run("Outpost hotspot (ODP, hardware-verified)", devices.port(), DeviceFamily.ODP, 115200, "Roof antenna");
            interact(() -> services().walletSession().lock());
            run("SDS011 air-quality sensor (host-attested)", devices.sensor().port(), DeviceFamily.SDS011, 9600, "Balcony air");
        }
    }

    private void run(String what, String port, DeviceFamily family, int baud, String name) throws Exception {
        clicks = 0;
        typedFields = 0;
        // Into the wizard: from the navigation, or "Add another device" after the first.
        click(robot.lookup("#onboard-again").tryQuery().isPresent() ? "#onboard-again" : "#nav-onboard");
        long plugged = System.nanoTime();
        services().devices().extraPorts().add(port, what, family, baud);
        // Listed (the hot-plug poll runs every second); the list is drawn again on each change, so wait for this one.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#onboard-port-0").tryQuery()
                .map(node -> ((Labeled) node).getText().contains(what)).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        click("#onboard-port-0");
        waitFor("#onboard-continue");
        click("#onboard-continue");
        write("#onboard-name", name);
        write("#onboard-lat", "52.52");
        write("#onboard-lon", "13.405");
        click("#onboard-review");
        waitFor("#onboard-password");
        write("#onboard-password", PASSWORD);
        click("#onboard-unlock");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#onboard-register").tryQuery()
                .filter(node -> !node.isDisabled()).isPresent());
        click("#onboard-register");
        waitForText("#onboard-heartbeat", "it is earning now");
        double seconds = (System.nanoTime() - plugged) / 1e9;
        services().devices().extraPorts().remove(port);
        String line = String.format(Locale.ROOT, "%s: %d clicks (+%d typed fields: name, latitude, longitude, password), "
                + "%.1f s from plug-in to the first accepted heartbeat%n", what, clicks, typedFields, seconds);
        System.out.print(line);
        Files.writeString(Path.of("target/onboarding-benchmark.txt"), line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private void click(String query) {
        clicks++;
        robot.clickOn(query);
    }

    private void write(String query, String text) {
        typedFields++;
        type(query, text);
    }
}
