package io.outpost.views.dashboard;

import io.outpost.app.dashboard.DeviceDetail;
import io.outpost.app.history.History;
import java.time.Duration;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * Online (green) and offline (grey) time across the range shown (blank before the device was first seen), drawn on a canvas at most one rectangle per
 * pixel column, so a year of spans draws as fast as a day. The wheel zooms, dragging pans (through the model).
 */
final class UptimeTimeline extends Region {
    private static final Color ONLINE = Color.web("#1a7f37");
    private static final Color OFFLINE = Color.web("#d0d7de");
    private static final Color NOT_YET = Color.web("#ffffff");
    private final Canvas canvas = new Canvas();
    private DeviceDetail.Timeline shown;

    UptimeTimeline(DeviceDetailViewModel model) {
        getChildren().add(canvas);
        setPrefHeight(36);
        setMinHeight(36);
        setId("device-timeline");
        model.timelineProperty().addListener((obs, old, now) -> {
            shown = now;
            draw();
        });
        setOnScroll(e -> model.zoomBy(e.getDeltaY() > 0 ? 0.8 : 1.25, e.getX() / Math.max(1, getWidth())));
        double[] pressedAt = new double[1];
        setOnMousePressed(e -> pressedAt[0] = e.getX());
        setOnMouseReleased(e -> {
            double moved = e.getX() - pressedAt[0];
            if (Math.abs(moved) > 3) {
                model.pan(-moved / Math.max(1, getWidth()));
            }
        });
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        g.setFill(OFFLINE);
        g.fillRect(0, 0, width, height);
        if (shown == null || width <= 0) {
            return;
        }
        double total = Duration.between(shown.from(), shown.to()).toMillis();
        // Before the device was first seen it was not here: left blank, not counted as offline.
        shown.firstSeen().filter(first -> first.isAfter(shown.from())).ifPresent(first -> {
            g.setFill(NOT_YET);
            g.fillRect(0, 0, Math.min(width, Duration.between(shown.from(), first).toMillis() / total * width), height);
        });
        g.setFill(ONLINE);
        double drawnTo = -1;
        for (History.Span span : shown.online()) {
            double x0 = Math.floor(Duration.between(shown.from(), span.from()).toMillis() / total * width);
            double x1 = Math.ceil(Duration.between(shown.from(), span.to()).toMillis() / total * width);
            if (x1 <= drawnTo) {
                continue; // within a column already drawn
            }
            g.fillRect(Math.max(x0, drawnTo), 0, x1 - Math.max(x0, drawnTo), height);
            drawnTo = x1;
        }
        g.setStroke(OFFLINE);
        g.strokeRect(0.5, 0.5, width - 1, height - 1);
    }
}
