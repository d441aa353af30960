package io.outpost.views.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.uber.h3core.H3Core;
import io.outpost.app.onboarding.MyDevices;
import io.outpost.app.onboarding.TrustClass;
import io.outpost.app.storage.AppDirectories;
import io.outpost.app.storage.LocalDatabase;
import io.outpost.devnet.AnvilNode;
import io.outpost.devnet.EarningNet;
import io.outpost.devnet.OnboardingNet;
import io.outpost.devnet.OracleTestNet;
import io.outpost.app.coverage.TileServer;
import io.outpost.app.settings.StreetMap;
import io.outpost.views.map.MapCanvas;
import io.outpost.views.map.MapViewModel;
import io.outpost.views.testsupport.Screenshots;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The coverage map in the real window on the devnet: a device of this computer in Berlin, and the reference oracle
 * counting a device there in the epoch it closed; and "Pick on the map" in the wizard's place step.
 */
class CoverageMapUiTest extends DesktopUiTest {
    @TempDir
    Path chainFolder;

    @Test
    void theMapShowsTheOwnDeviceInTheNetworksCoverage() throws Exception {
        try (EarningNet earning = EarningNet.start(chainFolder)) {
            earning.earnFirstEpoch(OracleTestNet.ALICE);
            H3Core h3 = H3Core.newInstance();
            long place = h3.latLngToCell(52.52, 13.405, 12);
            rememberOwnDevice("Roof antenna", place);
            openOn(earning.profile());

            robot.clickOn("#nav-coverage");
            waitForText("#coverage-status", "Your devices: 1. Areas where the network has devices: 1.");
            MapViewModel map = (MapViewModel) lookup("#coverage-map").getProperties().get(MapViewModel.class);
            assertThat(map).isNotNull();
            long area = h3.cellToParent(place, 8);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> map.drawnOwnAreas().length == 1);
            assertThat(map.drawnOwnAreas()).containsExactly(area);
            assertThat(map.lastFrame().drawnHexes()).as("the own area and the network's, the same hexagon").isEqualTo(2);
            assertThat(map.zoom()).isEqualTo(MapViewModel.PLACE_ZOOM);
            shot("1-own-device");

            // The keyboard moves and zooms the map; the device's area leaves the view and comes back.
            robot.clickOn("#coverage-map");
            for (int i = 0; i < 8; i++) {
                robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
            }
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(map.drawnOwnAreas()).isEmpty();
            robot.press(KeyCode.MINUS).release(KeyCode.MINUS);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(map.zoom()).isEqualTo(MapViewModel.PLACE_ZOOM - 1);
            for (int i = 0; i < 5; i++) {
                robot.clickOn("#coverage-map-zoom-out");
            }
            assertThat(map.zoom()).isEqualTo(MapViewModel.PLACE_ZOOM - 6);
            assertThat(map.drawnOwnAreas()).as("seen from afar, still drawn").containsExactly(area);
            shot("2-region");
            robot.clickOn("#coverage-mine");
            assertThat(map.zoom()).isEqualTo(MapViewModel.PLACE_ZOOM);
            assertThat(map.drawnOwnAreas()).containsExactly(area);
            streetMapFromATileServer(map);
        }
    }

    // Switched on in Settings (the server a local one, named in settings.json): the map shows its tiles and the credit.
    private void streetMapFromATileServer(MapViewModel map) throws Exception {
        MapCanvas canvas = lookup("#coverage-map");
        assertThat(canvas.showsStreetMap()).as("off by default").isFalse();
        try (TileServer tiles = new TileServer()) {
            interact(() -> window.settings().update(s -> s.withStreetMap(new StreetMap(false, tiles.template(), null))));
            robot.clickOn("#nav-settings");
            robot.clickOn("#street-map-choice");
            assertThat(tiles.paths()).isEmpty();
            robot.clickOn("#nav-coverage");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, canvas::showsStreetMap);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> tiles.paths().size() >= 8);
            assertThat(tiles.userAgents()).allMatch(agent -> agent.startsWith("Outpost/"));
            assertThat(this.<Label>lookup("#map-attribution").getText()).isEqualTo("© OpenStreetMap contributors");
            assertThat(map.drawnOwnAreas()).as("the hexes over the tiles").hasSize(1);
            WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            shot("5-street-map");
        }
    }

    @Test
    void aPlaceIsPickedOnTheMapInTheWizard() throws Exception {
        try (OnboardingNet devices = OnboardingNet.start(chainFolder)) {
            openOn(devices.profile());
            robot.clickOn("#nav-onboard");
            type("#onboard-port", devices.port());
            robot.clickOn("#onboard-connect");
            waitFor("#onboard-continue");
            robot.clickOn("#onboard-continue");
            type("#onboard-lat", "52.52");
            type("#onboard-lon", "13.405");

            robot.clickOn("#onboard-pick-map");
            waitFor("#place-map");
            MapViewModel map = (MapViewModel) lookup("#place-map").getProperties().get(MapViewModel.class);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> map.picked().isPresent());
            assertThat(map.zoom()).as("it starts at the place typed").isEqualTo(MapViewModel.PLACE_ZOOM);
            // North-east of the typed place, a click picks another place.
            robot.clickOn(robot.point("#place-map").atOffset(new Point2D(120, -60)));
            MapViewModel.Pick pick = map.picked().orElseThrow();
            assertThat(pick.where().lat()).isGreaterThan(52.52);
            assertThat(pick.where().lon()).isGreaterThan(13.405);
            waitForText("#place-picked", String.format(Locale.ROOT, "Picked %.6f, %.6f.", pick.where().lat(), pick.where().lon()));
            robot.interact(() -> Screenshots.save(lookup("#place-picker").getScene(), "CoverageMapUiTest-3-pick"));
            robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup("#place-picker").tryQuery()).as("Enter confirms").isEmpty();
            assertThat(this.<TextField>lookup("#onboard-lat").getText()).isEqualTo(String.format(Locale.ROOT, "%.6f", pick.where().lat()));
            assertThat(this.<TextField>lookup("#onboard-lon").getText()).isEqualTo(String.format(Locale.ROOT, "%.6f", pick.where().lon()));

            // Escape cancels: a place clicked and then cancelled changes nothing.
            String lat = this.<TextField>lookup("#onboard-lat").getText();
            robot.clickOn("#onboard-pick-map");
            waitFor("#place-map");
            robot.clickOn(robot.point("#place-map").atOffset(new Point2D(-150, 80)));
            robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup("#place-picker").tryQuery()).isEmpty();
            assertThat(this.<TextField>lookup("#onboard-lat").getText()).isEqualTo(lat);
            shot("4-filled");
        }
    }

    // The window's database knows a device onboarded here earlier, as the wizard leaves it.
    private void rememberOwnDevice(String name, long place) {
        try (LocalDatabase database = LocalDatabase.open(AppDirectories.portable(dataDir).database())) {
            new MyDevices(database).save(new MyDevices.MyDevice("0x" + "12".repeat(20), AnvilNode.CHAIN_ID,
                    OracleTestNet.ALICE.getAddress().toLowerCase(Locale.ROOT), name, TrustClass.HARDWARE_VERIFIED, place,
                    Optional.empty(), Optional.empty()));
        }
    }

}
