package io.outpost.views.map;

import java.util.function.IntFunction;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.geometry.NodeOrientation;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/**
 * The map on a canvas that fills this region: drag or arrow keys to move, wheel or +/- to zoom, a click to pick
 * (when {@code onPick} is given). It draws again only when its {@link MapViewModel} changed. Never mirrored in
 * right-to-left languages: east stays right.
 *
 * <p>Two canvases: the base (sea, land, borders, hexes) is drawn for the view and a margin around it and only
 * moved while the map pans within that margin; the overlay (markers, a picked place, the scale bar) is drawn
 * anew each time. Drawing thousands of hexes costs tens of milliseconds with the software renderer; moving a
 * drawn canvas costs about as much as an empty frame (docs/benchmarks.md).
 */
public final class MapCanvas extends Region {
    static final double KEY_STEP = 120;
    // A wheel notch is 40 units; touchpads send many small steps, summed up to a notch before zooming.
    private static final double WHEEL_NOTCH = 40;

    private final MapViewModel model;
    // How far the base reaches beyond the view on each side, in pixels.
    static final double MARGIN = 384;

    private final Canvas base = new Canvas();
    private final Canvas canvas = new Canvas();
    private final Canvas scale = new Canvas(150, 32);
    private final Rectangle clip = new Rectangle();
    // The street map's credit, bottom right (never mirrored, as the map), shown while tiles are drawn.
    private final Label attribution = new Label();
    private int baseZoom = -1;
    private long baseContent = -1;
    private double baseX;
    private double baseY;
    private final MapPainter painter;
    private final ChangeListener<Number> changed = (obs, old, now) -> draw();
    private Runnable onPick;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean dragged;
    private double wheel;

    public MapCanvas(MapViewModel model, IntFunction<String> scaleText) {
        this.model = model;
        this.painter = new MapPainter(scaleText);
        base.setManaged(false);
        canvas.setManaged(false);
        scale.setManaged(false);
        attribution.setManaged(false);
        attribution.setVisible(false);
        attribution.setMouseTransparent(true);
        attribution.setId("map-attribution");
        attribution.getStyleClass().add("map-attribution");
        attribution.setStyle("-fx-background-color: rgba(255,255,255,0.8); -fx-text-fill: #333333; -fx-padding: 1 5 1 5;"
                + " -fx-font-size: 11px;");
        getChildren().addAll(base, canvas, scale, attribution);
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        setFocusTraversable(true);
        setMinSize(200, 150);
        setPrefSize(800, 500);
        getStyleClass().add("map-canvas");
        getProperties().put(MapViewModel.class, model);
        model.revisionProperty().addListener(new WeakChangeListener<>(changed));
        setOnMousePressed(this::pressed);
        setOnMouseDragged(this::dragged);
        setOnMouseReleased(this::released);
        setOnScroll(this::scrolled);
        addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        setCursor(Cursor.OPEN_HAND);
    }

    /** A click (not a drag) picks the place under the mouse; then {@code action} runs. */
    public void setOnPick(Runnable action) {
        this.onPick = action;
        setCursor(Cursor.CROSSHAIR);
    }

    public MapViewModel model() {
        return model;
    }

    @Override
    protected void layoutChildren() {
        double w = Math.floor(getWidth());
        double h = Math.floor(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            scale.relocate(0, h - scale.getHeight());
            model.resize(w, h);
            draw();
        }
        attribution.autosize();
        attribution.relocate(w - attribution.getWidth(), h - attribution.getHeight());
    }

    /** Whether the street map's tiles show (and with them, their credit). */
    public boolean showsStreetMap() {
        return attribution.isVisible();
    }

    /** Draws the current frame; called for every change of the model. */
    public void draw() {
        if (canvas.getWidth() <= 0 || canvas.getHeight() <= 0) {
            return;
        }
        MapFrame view = model.frame();
        if (!baseHolds(view)) {
            base.setWidth(view.width() + 2 * MARGIN);
            base.setHeight(view.height() + 2 * MARGIN);
            baseX = Math.floor(view.originX() - MARGIN);
            baseY = Math.floor(view.originY() - MARGIN);
            baseZoom = model.zoom();
            baseContent = model.content();
            int tiles = painter.paintBase(base.getGraphicsContext2D(),
                    model.frameAt(baseX, baseY, base.getWidth(), base.getHeight()), baseZoom, model.streetTiles());
            credit(tiles > 0 ? model.streetTiles().attribution() : null);
        }
        base.setTranslateX(Math.round(baseX - view.originX()));
        base.setTranslateY(Math.round(baseY - view.originY()));
        canvas.setVisible(painter.paintOverlay(canvas.getGraphicsContext2D(), model, view));
        painter.scaleBar(scale.getGraphicsContext2D(), model);
    }

    private void credit(String text) {
        if (text == null ? attribution.isVisible() : !text.equals(attribution.getText()) || !attribution.isVisible()) {
            attribution.setText(text == null ? "" : text);
            attribution.setVisible(text != null);
            requestLayout();
        }
    }

    // Whether the base drawn last still holds the whole view: same zoom, same content, not panned out of it.
    private boolean baseHolds(MapFrame view) {
        return baseZoom == model.zoom() && baseContent == model.content() && base.getWidth() == view.width() + 2 * MARGIN
                && base.getHeight() == view.height() + 2 * MARGIN && view.originX() >= baseX && view.originY() >= baseY
                && view.originX() + view.width() <= baseX + base.getWidth()
                && view.originY() + view.height() <= baseY + base.getHeight();
    }

    private void pressed(MouseEvent e) {
        requestFocus();
        pressX = lastX = e.getX();
        pressY = lastY = e.getY();
        dragged = false;
    }

    private void dragged(MouseEvent e) {
        if (Math.abs(e.getX() - pressX) + Math.abs(e.getY() - pressY) > 4) {
            dragged = true;
            setCursor(Cursor.CLOSED_HAND);
        }
        model.panBy(lastX - e.getX(), lastY - e.getY());
        lastX = e.getX();
        lastY = e.getY();
    }

    private void released(MouseEvent e) {
        setCursor(onPick == null ? Cursor.OPEN_HAND : Cursor.CROSSHAIR);
        if (!dragged && e.getButton() == MouseButton.PRIMARY && onPick != null) {
            model.pickAt(e.getX(), e.getY());
            onPick.run();
        }
    }

    // From the keyboard: the place in the middle of the map.
    private void pickCenter() {
        if (onPick != null) {
            model.pick(model.center());
            onPick.run();
        }
    }

    private void scrolled(ScrollEvent e) {
        wheel += e.getDeltaY();
        while (Math.abs(wheel) >= WHEEL_NOTCH) {
            int step = wheel > 0 ? 1 : -1;
            model.zoomAround(step, e.getX(), e.getY());
            wheel -= step * WHEEL_NOTCH;
        }
        e.consume();
    }

    private void key(KeyEvent e) {
        KeyCode code = e.getCode();
        switch (code) {
            case LEFT, KP_LEFT -> model.panBy(-KEY_STEP, 0);
            case RIGHT, KP_RIGHT -> model.panBy(KEY_STEP, 0);
            case UP, KP_UP -> model.panBy(0, -KEY_STEP);
            case DOWN, KP_DOWN -> model.panBy(0, KEY_STEP);
            case PLUS, ADD, EQUALS -> model.zoomIn();
            case MINUS, SUBTRACT -> model.zoomOut();
            case SPACE -> pickCenter();
            default -> {
                return;
            }
        }
        e.consume();
    }
}
