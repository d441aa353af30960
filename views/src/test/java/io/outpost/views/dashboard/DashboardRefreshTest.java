package io.outpost.views.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.app.tasks.TaskRunner;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Queue;
import org.junit.jupiter.api.Test;

/** The dashboard reads again every 20 s: a read still under way (a slow network) is not doubled. No toolkit needed. */
class DashboardRefreshTest {
    @Test
    void aRefreshWhileAReadIsUnderWayStartsNoOther() {
        Queue<Runnable> background = new ArrayDeque<>();
        DashboardViewModel model = new DashboardViewModel(new TaskRunner(background::add, Runnable::run), () -> {
            throw new IOException("the history could not be read");
        }, (from, to) -> null, Clock.systemUTC());

        model.refresh();
        model.refresh();
        assertThat(background).as("one read under way").hasSize(1);

        background.poll().run();
        assertThat(model.failedProperty().get()).isTrue();
        model.refresh();
        assertThat(background).as("the next refresh reads again").hasSize(1);
    }
}
