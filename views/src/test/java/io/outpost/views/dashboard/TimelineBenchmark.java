package io.outpost.views.dashboard;

import io.outpost.app.dashboard.DeviceDetail;
import io.outpost.app.dashboard.Fleet;
import io.outpost.app.history.History;
import io.outpost.app.history.HistoryStore;
import io.outpost.app.onboarding.TrustClass;
import io.outpost.app.tasks.TaskRunner;
import io.outpost.devices.catalog.DeviceFamily;
import io.outpost.views.testsupport.FrameTimes;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/**
 * The uptime timeline of a device's page while it is zoomed and panned on every JavaFX pulse: a year of history
 * with an outage every three hours on average (about 2,900 spans), 1,000 pixels wide, on the Xvfb display. The
 * history is read on the FX thread itself in each frame (in the app it is read in the background), so the
 * figure includes the query. Pulses run at full speed, so pulse-to-pulse time is what a frame costs. Goal: 16 ms.
 * Its name keeps it out of {@code ./mvnw verify}; run it with
 * {@code ./mvnw -pl views -am verify -Dtest=TimelineBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class TimelineBenchmark {
    private static final String DEVICE = "0x" + "b".repeat(40);
    private static final Instant NOW = Instant.parse("2026-11-25T00:00:00Z");
    private static final int WARM_UP = 100;
    private static final int FRAMES = 1_000;

    @TempDir
    Path temp;

    @BeforeAll
    static void startToolkit() throws Exception {
        System.setProperty("javafx.animation.fullspeed", "true");
        System.setProperty("prism.vsync", "false");
        FxToolkit.registerPrimaryStage();
        Platform.setImplicitExit(false);
    }

    @Test
    void aYearOfSpansZoomedAndPannedEveryFrame() throws Exception {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        try (HistoryStore history = HistoryStore.open(temp.resolve("history.db"), clock, () -> 0)) {
            List<History.Span> spans = aYear();
            history.addSpans(DEVICE, spans);
            DeviceDetailViewModel model = new DeviceDetailViewModel(TaskRunner.sameThread(), new DeviceDetail(() -> history), clock);
            long[] pulses = new long[FRAMES];
            long[] work = new long[FRAMES];
            CountDownLatch done = new CountDownLatch(1);
            Stage[] stage = new Stage[1];
            FxToolkit.setupFixture(() -> {
                UptimeTimeline timeline = new UptimeTimeline(model);
                stage[0] = new Stage();
                stage[0].setScene(new Scene(timeline, 1000, 60));
                stage[0].show();
                model.show(new Fleet.DeviceRow(DEVICE, "Bench", TrustClass.HARDWARE_VERIFIED, DeviceFamily.ODP, true,
                        Optional.of(NOW), 1, BigInteger.ZERO, 0));
                model.zoom(DeviceDetailViewModel.Zoom.YEAR);
                new AnimationTimer() {
                    private long last;
                    private int frame = -WARM_UP;

                    @Override
                    public void handle(long now) {
                        long before = System.nanoTime();
                        // Zoom in and out around the middle, and pan back and forth, a little on each frame.
                        int phase = Math.floorMod(frame, 200);
                        if (phase < 100) {
                            model.zoomBy(phase < 50 ? 0.95 : 1 / 0.95, 0.5);
                        } else {
                            model.pan(phase < 150 ? -0.02 : 0.02);
                        }
                        long spent = System.nanoTime() - before;
                        if (frame >= 0 && frame < FRAMES) {
                            pulses[frame] = now - last;
                            work[frame] = spent;
                        } else if (frame == FRAMES) {
                            stop();
                            done.countDown();
                        }
                        last = now;
                        frame++;
                    }
                }.start();
            });
            if (!done.await(5, TimeUnit.MINUTES)) {
                throw new AssertionError("the timeline did not draw " + FRAMES + " frames in 5 minutes");
            }
            FxToolkit.setupFixture(() -> stage[0].hide());
            String line = String.format(Locale.ROOT, "Uptime timeline, %,d spans over a year, %d frames zoomed or panned: "
                            + "frame time (pulse to pulse) median %.2f ms, 95th percentile %.2f ms, slowest %.2f ms; "
                            + "query and drawing on the FX thread median %.2f ms, 95th percentile %.2f ms%n",
                    spans.size(), FRAMES, FrameTimes.percentile(pulses, 50), FrameTimes.percentile(pulses, 95), FrameTimes.percentile(pulses, 100),
                    FrameTimes.percentile(work, 50), FrameTimes.percentile(work, 95));
            FrameTimes.report("timeline-benchmark.txt", line);
        }
    }

    // A year up to NOW: online with an outage (90 s to an hour) every three hours on average. Seeded.
    private static List<History.Span> aYear() {
        SplittableRandom random = new SplittableRandom(11);
        List<History.Span> spans = new ArrayList<>();
        long end = NOW.getEpochSecond();
        long from = NOW.minus(Duration.ofDays(365)).getEpochSecond();
        while (from < end) {
            long to = Math.min(end, from + Math.max(60, (long) (-Math.log(1 - random.nextDouble()) * 3 * 3600)));
            spans.add(new History.Span(Instant.ofEpochSecond(from), Instant.ofEpochSecond(to)));
            from = to + 90 + random.nextLong(3600);
        }
        return spans;
    }
}
