package io.outpost.views.ui;

import static org.assertj.core.api.Assertions.assertThat;

import eu.hansolo.tilesfx.Tile;
import io.outpost.app.dashboard.Fleet;
import io.outpost.app.onboarding.OnboardingDevice;
import io.outpost.app.sensors.HostKeys;
import io.outpost.devices.odp.Coordinates;
import io.outpost.devnet.OnboardingNet;
import io.outpost.devnet.OracleTestNet;
import io.outpost.network.oracle.DeviceRewards;
import io.outpost.wallet.UnlockedWallet;
import io.outpost.wallet.keys.Address;
import io.outpost.wallet.tx.TransactionSigner;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The dashboard on the devnet with the ODP emulator: a device onboarded here shows up online, earns epoch by
 * epoch (20 s epochs on the reference oracle), its page explains what it earned and when it pays for itself, and
 * pulling its cable raises an alert within two minutes (threshold 30 s here) and shows on the overview, by its own
 * refresh, within two minutes.
 */
class DashboardUiTest extends DesktopUiTest {
    private static final String PASSWORD = "a long password";

    @TempDir
    Path devicesFolder;

    @Test
    void aDeviceShowsUpEarnsEpochByEpochAndItsLossIsToldWithinTwoMinutes() throws Exception {
        try (OnboardingNet devices = OnboardingNet.start(devicesFolder, 20)) {
            byte[] alice = HexFormat.of().parseHex(String.format("%064x", OracleTestNet.ALICE.getEcKeyPair().getPrivateKey()));
            importKey(alice, PASSWORD);
            openOn(devices.profile());
            onboard(devices);
            services().dashboards().alerts().setThreshold(Duration.ofSeconds(30));

            robot.clickOn("#nav-dashboard");
            untilShown(() -> tile("#tile-online").equals("1 of 1"));
            untilShown(() -> !tile("#tile-earned").equals("0 OPT") && !tile("#tile-earned").isEmpty());
            shot("overview");
            TableView<?> table = lookup("#dashboard-devices");
            assertThat(table.getItems()).hasSize(1);
            // By keyboard: the device's row, then Enter opens its page.
            interact(() -> {
                table.requestFocus();
                table.getSelectionModel().select(0);
            });
            robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
            waitFor("#device-detail");
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !this.<TableView<?>>lookup("#device-epochs").getItems().isEmpty());
            paysForItself(((Fleet.DeviceRow) table.getItems().getFirst()).device());
            shot("device");
            interact(() -> this.<Button>lookup("#device-back").fire());
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> tile("#tile-payback").endsWith("%"));
            shot("overview-payback");

            // Back on the overview (the device page's back button above), which is left alone from now on: only its
            // own refresh can show the loss.
            devices.unplug();
            long unplugged = System.nanoTime();
            // Looked up on the FX thread: the window changes while the test waits (a walk of the scene from here can
            // meet a list that shrinks under it).
            WaitForAsyncUtils.waitFor(150, TimeUnit.SECONDS, () -> onFx(() -> robot.lookup(".label").queryAllAs(Label.class)
                    .stream().anyMatch(label -> label.getText().startsWith("“Roof antenna” is offline"))));
            assertThat((System.nanoTime() - unplugged) / 1e9).as("seconds from unplug to alert").isLessThan(120);
            WaitForAsyncUtils.waitFor(150, TimeUnit.SECONDS, () -> onFx(() -> tile("#tile-online")).equals("0 of 1"));
            assertThat((System.nanoTime() - unplugged) / 1e9).as("seconds from unplug to the overview showing it")
                    .isLessThan(120);
            shot("offline-alert");
        }
    }

    // The app's own onboarding (the wizard has tests of its own): ALICE registers the emulated hotspot.
    private void onboard(OnboardingNet devices) throws Exception {
        Address owner = new Address(OracleTestNet.ALICE.getAddress().toLowerCase(Locale.ROOT));
        TransactionSigner signer = new TransactionSigner();
        try (UnlockedWallet unlocked = services().wallet().unlock(PASSWORD.toCharArray());
             OnboardingDevice device = services().deviceConnector().connect(devices.port(),
                     (who, id) -> HostKeys.derive(unlocked.key(new Address(who)), id))) {
            services().onboarding(devices.profile()).onboard(device, owner.value(), "Roof antenna",
                    new Coordinates(52.52, 13.405), tx -> signer.sign(tx, unlocked.key(owner)));
        }
    }

    // A wrong amount is told at its field; then costs and a token price, with ten earlier days of earnings (2 OPT a
    // day, as if the device had been onboarded then) for the page to project from.
    private void paysForItself(String device) throws Exception {
        long midnight = LocalDate.now(ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        List<DeviceRewards> earlier = new ArrayList<>();
        for (int day = 1; day <= 10; day++) {
            BigInteger twoOpt = BigInteger.TWO.multiply(BigInteger.TEN.pow(18));
            // Numbered below the network's own epochs (which start at 1), so none is replaced.
            earlier.add(new DeviceRewards(device, -day, midnight - day * 86_400L, midnight - day * 86_400L + 3600,
                    OracleTestNet.ALICE.getAddress(), 3600, 1.0, "881f1d4887fffff", 1, 1.0, BigInteger.ZERO, 1.0, twoOpt, twoOpt));
        }
        services().historyRecorder().history().earnings(earlier);
        interact(() -> this.<ComboBox<Currency>>lookup("#roi-currency").setValue(Currency.getInstance("EUR")));
        type("#roi-hardware", "-149.90");
        type("#roi-onboarding", "20");
        type("#roi-price", "0.1");
        robot.clickOn("#roi-save");
        waitForText("#roi-hardware-problem", "less than zero");
        type("#roi-hardware", "149.90");
        robot.clickOn("#roi-save");
        waitForText("#roi-outlook", "At this pace, paid back around");
        waitForText("#roi-paid", "of €169.90 paid back");
    }

    // The dashboard reads again each time it is shown: go away and back until {@code shown} holds.
    private void untilShown(Callable<Boolean> shown) throws Exception {
        WaitForAsyncUtils.waitFor(150, TimeUnit.SECONDS, () -> {
            robot.clickOn("#nav-devices");
            robot.clickOn("#nav-dashboard");
            WaitForAsyncUtils.sleep(1, TimeUnit.SECONDS);
            return onFx(shown);
        });
    }

    // What a tile shows large (its value).
    private String tile(String id) {
        return this.<Tile>lookup(id).getDescription();
    }
}
