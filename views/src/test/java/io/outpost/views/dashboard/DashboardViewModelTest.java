package io.outpost.views.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.app.dashboard.Fleet;
import io.outpost.app.onboarding.TrustClass;
import io.outpost.app.tasks.TaskRunner;
import io.outpost.devices.catalog.DeviceFamily;
import io.outpost.network.NetworkProfiles;
import java.io.IOException;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import org.junit.jupiter.api.Test;

/**
 * The dashboard shows this computer's figures first and adds the chain's when they come; it reads again every
 * 20 s, and a read still under way (a slow disk or network) is not doubled. No toolkit needed.
 */
class DashboardViewModelTest {
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private final Queue<Runnable> background = new ArrayDeque<>();
    private Instant at = NOW;
    private BigInteger pending = BigInteger.TEN;

    private Fleet local() {
        return new Fleet(at, NetworkProfiles.builtIn().byIdOrDefault(NetworkProfiles.DEVNET_ID).token(), 1, 1, 1, 1, 1,
                BigInteger.ONE, BigInteger.ONE, BigInteger.ONE, Optional.empty(), Optional.empty(), 1, List.of(),
                List.of(new Fleet.DeviceRow("0x" + "d".repeat(40), "Roof antenna", TrustClass.HARDWARE_VERIFIED,
                        DeviceFamily.ODP, true, Optional.of(at), 1, BigInteger.ONE, 0)));
    }

    private DashboardViewModel model() {
        return new DashboardViewModel(new TaskRunner(background::add, Runnable::run), this::local,
                fleet -> fleet.withChainFigures(pending, BigInteger.TWO), (from, to) -> null, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void theLocalFiguresAreShownBeforeTheChainIsAskedAndTheChainsAreAddedWhenTheyCome() {
        DashboardViewModel model = model();
        model.refresh();
        background.remove().run();
        assertThat(model.fleetProperty().get().pendingRewards()).as("the chain not asked yet").isEmpty();
        assertThat(model.shownDevices()).hasSize(1);
        assertThat(background).as("the chain is asked next").hasSize(1);
        background.remove().run();
        assertThat(model.fleetProperty().get().pendingRewards()).contains(BigInteger.TEN);
        assertThat(model.fleetProperty().get().staked()).contains(BigInteger.TWO);
    }

    @Test
    void aRefreshKeepsTheLastChainFiguresUntilNewOnesComeAndALateAnswerDoesNotOverwriteANewerRead() {
        DashboardViewModel model = model();
        model.refresh();
        background.remove().run();
        background.remove().run();

        at = NOW.plusSeconds(30);
        pending = BigInteger.valueOf(11);
        model.refresh();
        background.remove().run();
        Runnable chainOfSecondRead = background.remove();
        assertThat(model.fleetProperty().get().at()).isEqualTo(at);
        assertThat(model.fleetProperty().get().pendingRewards()).as("no dash in between").contains(BigInteger.TEN);

        at = NOW.plusSeconds(60);
        model.refresh();
        background.remove().run();
        assertThat(background).as("the chain is still being asked: not asked twice at once").isEmpty();
        chainOfSecondRead.run(); // the second read's answer arrives after the third read was shown
        assertThat(model.fleetProperty().get().at()).isEqualTo(at);
        assertThat(model.fleetProperty().get().pendingRewards()).contains(BigInteger.TEN);

        model.refresh();
        background.remove().run();
        background.remove().run();
        assertThat(model.fleetProperty().get().pendingRewards()).contains(BigInteger.valueOf(11));
    }

    @Test
    void aRefreshWhileAReadIsUnderWayStartsNoOtherAndAFailedReadIsSaid() {
        DashboardViewModel model = new DashboardViewModel(new TaskRunner(background::add, Runnable::run), () -> {
            throw new IOException("the history could not be read");
        }, fleet -> fleet, (from, to) -> null, Clock.systemUTC());

        model.refresh();
        model.refresh();
        assertThat(background).as("one read under way").hasSize(1);

        background.remove().run();
        assertThat(model.failedProperty().get()).isTrue();
        model.refresh();
        assertThat(background).as("the next refresh reads again").hasSize(1);
    }
}
