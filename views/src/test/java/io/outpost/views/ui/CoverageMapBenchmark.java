package io.outpost.views.ui;

import com.uber.h3core.H3Core;
import io.outpost.app.coverage.CoverageSnapshot;
import io.outpost.app.tasks.TaskRunner;
import io.outpost.devices.odp.Coordinates;
import io.outpost.i18n.Language;
import io.outpost.i18n.Messages;
import io.outpost.views.map.Basemap;
import io.outpost.views.map.MapLayers;
import io.outpost.views.map.MapPane;
import io.outpost.views.map.MapResources;
import io.outpost.views.map.MapViewModel;
import io.outpost.views.testsupport.FrameTimes;
import io.outpost.views.testsupport.Screenshots;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * 10,000 coverage areas (H3 resolution 8, around Berlin, 1 to 15 devices each) on the map, all in view, over the
 * basemap, in a 1,000 × 700 window on the Xvfb display. An {@link AnimationTimer} pans the map 5 pixels on every
 * JavaFX pulse, 500 pixels east and back again, (so the canvas is drawn anew each pulse) and takes the time from one pulse to the next; pulses run
 * at full speed ({@code javafx.animation.fullspeed}), so that time is what a frame costs, drawing and rendering,
 * not the 60 Hz timer. It also times the drawing calls on the FX thread alone. Its name keeps it out of
 * {@code ./mvnw verify}; run it with
 * {@code ./mvnw -pl views -am verify -Dtest=CoverageMapBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 * The figures are printed and appended to views/target/coverage-map-benchmark.txt.
 */
class CoverageMapBenchmark {
    private static final int HEXES = 10_000;
    private static final int WARM_UP = 120;
    private static final int FRAMES = 1_000;
    private static final double STEP = 5;

    @BeforeAll
    static void startToolkit() throws Exception {
        System.setProperty("javafx.animation.fullspeed", "true");
        System.setProperty("prism.vsync", "false");
        FxToolkit.registerPrimaryStage();
        Platform.setImplicitExit(false);
    }

    @Test
    void tenThousandHexesWhilePanning() throws Exception {
        MapResources resources = new MapResources(TaskRunner.sameThread());
        MapViewModel map = new MapViewModel(resources.hexes().load());
        map.setBasemap(Basemap.shipped());
        map.setLayers(MapLayers.of(snapshot(), resources.hexes()));
        long[] pulses = new long[FRAMES];
        long[] drawing = new long[FRAMES];
        int[] drawn = new int[FRAMES];
        CountDownLatch done = new CountDownLatch(1);
        Stage[] stage = new Stage[1];
        FxToolkit.setupFixture(() -> {
            stage[0] = new Stage();
            stage[0].setScene(new Scene(new MapPane(map, new Messages(Language.ENGLISH), "bench-map"), 1000, 700));
            stage[0].show();
            map.centerOn(new Coordinates(52.52, 13.405), 9);
            new AnimationTimer() {
                private long last;
                private int frame = -WARM_UP;

                @Override
                public void handle(long now) {
                    long before = System.nanoTime();
                    // 250 pixels east, 500 west, 500 east...: the hexes stay in view; the base is drawn anew on the way.
                    map.panBy(Math.floorMod(frame + WARM_UP + 50, 200) < 100 ? STEP : -STEP, 0);
                    long drawnIn = System.nanoTime() - before;
                    if (frame >= 0 && frame < FRAMES) {
                        pulses[frame] = now - last;
                        drawing[frame] = drawnIn;
                        drawn[frame] = map.lastFrame().drawnHexes();
                    } else if (frame == FRAMES) {
                        stop();
                        Screenshots.save(stage[0].getScene(), "CoverageMapBenchmark-10000-hexes");
                        done.countDown();
                    }
                    last = now;
                    frame++;
                }
            }.start();
        });
        if (!done.await(5, TimeUnit.MINUTES)) {
            throw new AssertionError("the map did not draw " + FRAMES + " frames in 5 minutes");
        }
        FxToolkit.setupFixture(() -> stage[0].hide());
        report(pulses, drawing, drawn);
    }

    // 10,000 resolution-8 cells in rings around Berlin, with 1 to 15 devices each.
    private static CoverageSnapshot snapshot() throws Exception {
        H3Core h3 = H3Core.newInstance();
        List<Long> cells = h3.gridDisk(h3.latLngToCell(52.52, 13.405, 8), 58).subList(0, HEXES);
        Random random = new Random(7);
        List<CoverageSnapshot.Area> areas = new ArrayList<>();
        for (long cell : cells) {
            areas.add(new CoverageSnapshot.Area(cell, 1 + random.nextInt(15)));
        }
        return new CoverageSnapshot(List.of(), areas, Optional.of(1L));
    }

    private static void report(long[] pulses, long[] drawing, int[] drawn) throws Exception {
        int fewest = Arrays.stream(drawn).min().orElse(0);
        String line = String.format(Locale.ROOT, "Coverage map, %,d hexes (at least %,d in view in every frame), %d frames: "
                        + "frame time (pulse to pulse) median %.2f ms, 95th percentile %.2f ms; "
                        + "slowest %.2f ms (the base drawn anew); drawing calls on the FX thread median %.2f ms, 95th percentile %.2f ms%n",
                HEXES, fewest, pulses.length, FrameTimes.percentile(pulses, 50), FrameTimes.percentile(pulses, 95), FrameTimes.percentile(pulses, 100),
                FrameTimes.percentile(drawing, 50), FrameTimes.percentile(drawing, 95));
        FrameTimes.report("coverage-map-benchmark.txt", line);
        if (fewest < HEXES * 9 / 10) {
            throw new AssertionError("too few hexes were in view to measure: " + fewest);
        }
    }
}
