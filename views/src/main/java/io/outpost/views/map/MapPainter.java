package io.outpost.views.map;

import io.outpost.app.coverage.MapTiles;
import io.outpost.devices.odp.Coordinates;
import java.util.function.IntFunction;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/** Draws a {@link MapFrame} on a canvas: sea, land, borders, the network's areas by shade, own devices, a pick. */
final class MapPainter {
    static final Color WATER = Color.web("#cfe3ef");
    static final Color LAND = Color.web("#f5f2e9");
    static final Color COAST = Color.web("#9fb3c0");
    static final Color BORDER = Color.web("#b4a79c");
    /** The network's areas: one device, 2–3, 4–9, 10 or more. */
    static final Color[] SHADES = {Color.web("#74a9cf", 0.45), Color.web("#3690c0", 0.55), Color.web("#0570b0", 0.65),
        Color.web("#034e7b", 0.75)};
    static final Color OWN = Color.web("#e8590c");
    static final Color PICK = Color.web("#c2255c");
    // Smaller than this (in pixels), a hex is drawn as a square of this size, so areas stay visible from afar.
    private static final double MIN_HEX = 4;

    private final IntFunction<String> scaleText;

    /** @param scaleText the scale bar's text for a length in metres */
    MapPainter(IntFunction<String> scaleText) {
        this.scaleText = scaleText;
    }

    /**
     * What belongs to the world at this zoom: sea, land, borders, the street map's tiles held (the built-in map shows
     * where there are none), the network's areas and the own devices' areas. Returns how many tiles it drew.
     */
    int paintBase(GraphicsContext g, MapFrame f, int zoom, StreetTiles<?> tiles) {
        g.setFill(WATER);
        g.fillRect(0, 0, f.width(), f.height());
        g.setLineDashes();
        g.beginPath();
        for (int s = 0; s < f.land().size(); s++) {
            if (f.inView(f.land(), s)) {
                addPath(g, f, f.land(), s, true);
            }
        }
        g.setFillRule(FillRule.EVEN_ODD);
        g.setFill(LAND);
        g.fill();
        stroke(g, COAST, 0.8);
        g.beginPath();
        for (int s = 0; s < f.borders().size(); s++) {
            if (f.inView(f.borders(), s)) {
                addPath(g, f, f.borders(), s, false);
            }
        }
        stroke(g, BORDER, 0.8);
        g.setFillRule(FillRule.NON_ZERO);
        int drawn = tiles == null ? 0 : tiles(g, f, zoom, tiles);
        network(g, f, zoom);
        g.beginPath();
        for (int s : f.ownInView()) {
            addHex(g, f, f.own(), s);
        }
        // Outlined only: the network's shade of the same area stays readable inside.
        stroke(g, OWN, 3);
        return drawn;
    }

    private static int tiles(GraphicsContext g, MapFrame f, int zoom, StreetTiles<?> tiles) {
        int drawn = 0;
        for (MapTiles.Tile tile : StreetTiles.covering(zoom, f.originX(), f.originY(), f.width(), f.height())) {
            if (tiles.picture(tile.z(), tile.x(), tile.y()) instanceof Image picture) {
                g.drawImage(picture, Math.round(tile.x() * 256.0 - f.originX()), Math.round(tile.y() * 256.0 - f.originY()));
                drawn++;
            }
        }
        return drawn;
    }

    /**
     * What sits on top, in the view's pixels: the devices' markers and names, and a picked place. Returns whether
     * there was any (an empty overlay is hidden: blending a transparent canvas costs as much as drawing one).
     */
    boolean paintOverlay(GraphicsContext g, MapViewModel model, MapFrame f) {
        g.clearRect(0, 0, f.width(), f.height());
        boolean drawn = markers(g, f, model);
        model.picked().ifPresent(pick -> pick(g, f, model, pick));
        return drawn || model.picked().isPresent();
    }

    private void network(GraphicsContext g, MapFrame f, int zoom) {
        for (int shade = 0; shade < SHADES.length; shade++) {
            g.beginPath();
            for (int s : f.networkInView()) {
                if (f.network().tag(s) == shade) {
                    addHex(g, f, f.network(), s);
                }
            }
            g.setFill(SHADES[shade]);
            g.fill();
        }
        if (zoom >= 12) {
            g.beginPath();
            for (int s : f.networkInView()) {
                addHex(g, f, f.network(), s);
            }
            stroke(g, SHADES[3], 1);
        }
    }

    private boolean markers(GraphicsContext g, MapFrame f, MapViewModel model) {
        boolean drawn = false;
        g.setFont(Font.font(null, FontWeight.BOLD, 13));
        for (MapLayers.Marker marker : model.layers().markers()) {
            double[] at = model.pixelOf(new Coordinates(marker.lat(), marker.lon()));
            if (at[0] < -50 || at[1] < -50 || at[0] > f.width() + 50 || at[1] > f.height() + 50) {
                continue;
            }
            dot(g, at, OWN);
            drawn = true;
            if (model.zoom() >= 9) {
                g.setFill(Color.WHITE);
                g.fillText(marker.name(), at[0] + 11, at[1] + 5);
                g.setFill(Color.web("#3b2a20"));
                g.fillText(marker.name(), at[0] + 10, at[1] + 4);
            }
        }
        return drawn;
    }

    private void pick(GraphicsContext g, MapFrame f, MapViewModel model, MapViewModel.Pick pick) {
        Shapes area = model.outline(pick.area());
        g.beginPath();
        addPath(g, f, area, 0, true);
        g.setLineDashes(6, 4);
        stroke(g, PICK, 2);
        g.setLineDashes();
        Shapes place = model.outline(pick.place());
        g.beginPath();
        addHex(g, f, place, 0);
        g.setFill(PICK.deriveColor(0, 1, 1, 0.5));
        g.fill();
        dot(g, model.pixelOf(pick.where()), PICK);
    }

    private static void dot(GraphicsContext g, double[] at, Color color) {
        g.setFill(Color.WHITE);
        g.fillOval(at[0] - 8, at[1] - 8, 16, 16);
        g.setFill(color);
        g.fillOval(at[0] - 6, at[1] - 6, 12, 12);
    }

    private static void stroke(GraphicsContext g, Color color, double width) {
        g.setStroke(color);
        g.setLineWidth(width);
        g.stroke();
    }

    // Points of the shape, less the frame's corner (origin 0 for shapes already in view pixels).
    private static void addPath(GraphicsContext g, MapFrame f, Shapes shapes, int s, boolean close) {
        int from = shapes.from(s);
        g.moveTo(shapes.x(from) - f.originX(), shapes.y(from) - f.originY());
        for (int p = from + 1; p < shapes.to(s); p++) {
            g.lineTo(shapes.x(p) - f.originX(), shapes.y(p) - f.originY());
        }
        if (close) {
            g.closePath();
        }
    }

    private static void addHex(GraphicsContext g, MapFrame f, Shapes shapes, int s) {
        if (shapes.width(s) < MIN_HEX) {
            double[] box = shapes.box(s);
            double x = (box[0] + box[2]) / 2 - f.originX();
            double y = (box[1] + box[3]) / 2 - f.originY();
            g.rect(x - MIN_HEX / 2, y - MIN_HEX / 2, MIN_HEX, MIN_HEX);
            return;
        }
        addPath(g, f, shapes, s, true);
    }

    // A bar of a round length (1, 2 or 5 times a power of ten metres) at most 120 pixels long, on its own small canvas.
    void scaleBar(GraphicsContext g, MapViewModel model) {
        g.clearRect(0, 0, g.getCanvas().getWidth(), g.getCanvas().getHeight());
        double perPixel = Mercator.metresPerPixel(model.center().lat(), model.zoom());
        double metres = Math.pow(10, Math.floor(Math.log10(120 * perPixel)));
        for (double factor : new double[] {5, 2}) {
            if (metres * factor / perPixel <= 120) {
                metres *= factor;
                break;
            }
        }
        double length = metres / perPixel;
        double x = 12;
        double y = g.getCanvas().getHeight() - 10;
        g.setFill(Color.color(1, 1, 1, 0.8));
        g.fillRect(x - 6, y - 20, length + 12, 28);
        g.setStroke(Color.web("#333333"));
        g.setLineWidth(2);
        g.strokeLine(x, y, x + length, y);
        g.strokeLine(x, y - 5, x, y);
        g.strokeLine(x + length, y - 5, x + length, y);
        g.setFill(Color.web("#333333"));
        g.setFont(Font.font(12));
        g.fillText(scaleText.apply((int) Math.round(metres)), x + 2, y - 7);
    }
}
