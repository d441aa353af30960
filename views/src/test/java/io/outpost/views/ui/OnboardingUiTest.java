package io.outpost.views.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.devnet.OnboardingNet;
import io.outpost.devnet.OracleTestNet;
import io.outpost.wallet.Wallet;
import io.outpost.wallet.store.AtomicFile;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The "Add a device" wizard in the real window, by mouse: the ODP emulator on a pty proves its key, is named
 * and placed, the wallet is unlocked inline, the device signs, the registration is mined and the oracle
 * accepts its first heartbeat.
 */
class OnboardingUiTest extends DesktopUiTest {
    private static final String PASSWORD = "a long password";

    @TempDir
    Path devicesFolder;

    @Test
    void aDeviceIsOnboardedFromPlugInToItsFirstAcceptedHeartbeat() throws Exception {
        try (OnboardingNet devices = OnboardingNet.start(devicesFolder)) {
            new Wallet(Wallet.folderIn(dataDir), Clock.systemUTC(), new SecureRandom(), LIGHT_SCRYPT_N, Wallet.DEFAULT_AUTO_LOCK,
                    AtomicFile.Hook.NONE).importPrivateKey(HexFormat.of().parseHex(
                    OracleTestNet.ALICE.getEcKeyPair().getPrivateKey().toString(16)), PASSWORD.toCharArray());
            openOn(devices.profile());

            robot.clickOn("#nav-onboard");
            shot("1-plug-in");
            type("#onboard-port", devices.port());
            robot.clickOn("#onboard-connect");
            waitFor("#onboard-verified");
            assertThat(this.<Label>lookup("#onboard-fact-3").getText()).isEqualTo(devices.deviceAddress());
            shot("2-identified");
            robot.clickOn("#onboard-continue");

            type("#onboard-name", "Roof antenna");
            type("#onboard-lat", "52.52");
            type("#onboard-lon", "13.405");
            shot("3-place");
            robot.clickOn("#onboard-review");
            waitFor("#onboard-password");
            assertThat(lookup("#onboard-register").isDisabled()).as("nothing to sign with while locked").isTrue();
            type("#onboard-password", PASSWORD);
            robot.clickOn("#onboard-unlock");
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#onboard-register").tryQuery()
                    .filter(node -> !node.isDisabled()).isPresent());
            shot("4-review");
            robot.clickOn("#onboard-register");

            waitForText("#onboard-registered", "“Roof antenna” is registered. Transaction 0x");
            waitForText("#onboard-heartbeat", "The network accepted its first heartbeat: it is earning now.");
            shot("5-done");
            assertThat(devices.chain().ownerOf(devices.deviceAddress())).isEqualToIgnoringCase(OracleTestNet.ALICE.getAddress());
        }
    }
}
