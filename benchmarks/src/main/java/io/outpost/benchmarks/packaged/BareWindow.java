package io.outpost.benchmarks.packaged;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The floor {@link StartupBenchmark} compares Outpost with: a JavaFX window holding one label, at Outpost's
 * window size. Like {@code outpost --smoke-test} it waits for the first layout pulse of the shown window, takes a
 * snapshot of the scene (a render pass), then prints one line and exits; with {@code --stay} it stays open (the
 * memory floor of {@link IdleMemoryBenchmark}).
 */
public final class BareWindow extends Application {
    static final String DRAWN = "drawn";

    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new StackPane(new Label("Outpost")), 1120, 720);
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            if (stage.isShowing()) {
                scene.removePostLayoutPulseListener(once[0]);
                Platform.runLater(() -> {
                    scene.snapshot(null);
                    System.out.println(DRAWN);
                    System.out.flush();
                    if (!getParameters().getRaw().contains("--stay")) {
                        Platform.exit();
                    }
                });
            }
        };
        scene.addPostLayoutPulseListener(once[0]);
        stage.setScene(scene);
        stage.show();
    }
}
