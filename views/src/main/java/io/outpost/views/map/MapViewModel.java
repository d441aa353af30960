package io.outpost.views.map;

import io.outpost.app.coverage.Hexes;
import io.outpost.devices.odp.Coordinates;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;

/**
 * A map's state, free of nodes: what is shown (basemap, hexes, markers, a picked place), where (the centre in
 * the Mercator unit square, an integer zoom from the world to a street block) and how big. Every change bumps
 * {@link #revisionProperty()}, which is when the view draws again. Shapes are projected once per zoom level and
 * kept; a frame only picks the ones in view.
 */
public final class MapViewModel {
    public static final int MIN_ZOOM = 1;
    public static final int MAX_ZOOM = 18;
    /** The zoom a place is shown at: its coverage area (about 1 km across) fills a good part of the map. */
    public static final int PLACE_ZOOM = 15;
    private static final int CACHED_LEVELS = 4;

    private final Hexes hexes;
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper();
    private final Map<Integer, Shapes> land = lru();
    private final Map<Integer, Shapes> borders = lru();
    private final Map<Integer, Shapes> network = lru();
    private final Map<Integer, Shapes> own = lru();
    private Basemap basemap = Basemap.empty();
    private MapLayers layers = MapLayers.none();
    private int zoom = 2;
    private double centerX = 0.5;
    private double centerY = 0.4;
    private double width = 800;
    private double height = 500;
    private Pick pick;
    private MapFrame lastFrame = MapFrame.EMPTY;
    private long content;
    private StreetTiles<?> streetTiles;
    private final ReadOnlyBooleanWrapper streetMapFailing = new ReadOnlyBooleanWrapper();

    public MapViewModel(Hexes hexes) {
        this.hexes = hexes;
    }

    /** A place picked on the map: the point, its cell (resolution 12) and its coverage area (resolution 8). */
    public record Pick(Coordinates where, long place, long area) {
    }

    private static Map<Integer, Shapes> lru() {
        return new LinkedHashMap<>(8, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, Shapes> eldest) {
                return size() > CACHED_LEVELS;
            }
        };
    }

    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    private void changed() {
        revision.set(revision.get() + 1);
    }

    public void setBasemap(Basemap map) {
        basemap = map;
        land.clear();
        borders.clear();
        content++;
        changed();
    }

    /** What to draw over the basemap: the network's areas (tagged with their shade) and this computer's devices. */
    public void setLayers(MapLayers now) {
        layers = now;
        network.clear();
        own.clear();
        content++;
        changed();
    }

    public MapLayers layers() {
        return layers;
    }

    /**
     * Draws the street map from {@code tiles} under the hexes, or none ({@code null}: the setting is off). The same
     * tile server as before changes nothing; the tiles in view are asked for each time a frame is made.
     */
    public void setStreetMap(StreetTiles<?> tiles) {
        if (tiles == streetTiles || tiles != null && streetTiles != null && tiles.source() == streetTiles.source()) {
            return;
        }
        streetTiles = tiles;
        if (tiles != null) {
            tiles.onChange(this::tilesChanged);
        }
        streetMapFailing.set(false);
        content++;
        changed();
    }

    /** The street map's tiles; null when it is off. */
    public StreetTiles<?> streetTiles() {
        return streetTiles;
    }

    /** Whether the street map is on but its server fails: the map says it shows the built-in map. */
    public ReadOnlyBooleanProperty streetMapFailingProperty() {
        return streetMapFailing.getReadOnlyProperty();
    }

    // Tiles arrived (or failed): the drawn base is stale.
    private void tilesChanged() {
        streetMapFailing.set(streetTiles != null && streetTiles.failing());
        content++;
        changed();
    }

    public void resize(double w, double h) {
        if (w > 0 && h > 0 && (w != width || h != height)) {
            width = w;
            height = h;
            changed();
        }
    }

    public int zoom() {
        return zoom;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    /** The point at the map's centre. */
    public Coordinates center() {
        return new Coordinates(Mercator.lat(centerY), Mercator.lon(centerX));
    }

    /** Moves the map so the view shifts {@code dx, dy} pixels (a drag the other way, an arrow key). */
    public void panBy(double dx, double dy) {
        double scale = Mercator.worldPixels(zoom);
        moveTo(centerX + dx / scale, centerY + dy / scale, zoom);
    }

    public void zoomIn() {
        zoomAround(1, width / 2, height / 2);
    }

    public void zoomOut() {
        zoomAround(-1, width / 2, height / 2);
    }

    /** Zooms {@code steps} levels in (out when negative), keeping the point under {@code (px, py)} where it is. */
    public void zoomAround(int steps, double px, double py) {
        int to = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom + steps));
        if (to == zoom) {
            return;
        }
        double ux = unitX(px);
        double uy = unitY(py);
        double scale = Mercator.worldPixels(to);
        moveTo(ux - (px - width / 2) / scale, uy - (py - height / 2) / scale, to);
    }

    /** Shows {@code where} in the middle at {@code level}. */
    public void centerOn(Coordinates where, int level) {
        moveTo(Mercator.x(where.lon()), Mercator.y(where.lat()), Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, level)));
    }

    /**
     * Shows all of {@code points}, as close as the view allows but no closer than {@code maxZoom}; the world
     * when there are none.
     */
    public void fit(java.util.List<Coordinates> points, int maxZoom) {
        if (points.isEmpty()) {
            moveTo(0.5, 0.4, 2);
            return;
        }
        double minX = 1, minY = 1, maxX = 0, maxY = 0;
        for (Coordinates p : points) {
            minX = Math.min(minX, Mercator.x(p.lon()));
            maxX = Math.max(maxX, Mercator.x(p.lon()));
            minY = Math.min(minY, Mercator.y(p.lat()));
            maxY = Math.max(maxY, Mercator.y(p.lat()));
        }
        int level = maxZoom;
        // A margin of a fifth of the view on each side.
        while (level > MIN_ZOOM && ((maxX - minX) * Mercator.worldPixels(level) > width * 0.6
                || (maxY - minY) * Mercator.worldPixels(level) > height * 0.6)) {
            level--;
        }
        moveTo((minX + maxX) / 2, (minY + maxY) / 2, level);
    }

    // The centre stays on the world: the map cannot be dragged off into nothing.
    private void moveTo(double x, double y, int level) {
        double nx = Math.max(0, Math.min(1, x));
        double ny = Math.max(0, Math.min(1, y));
        if (nx != centerX || ny != centerY || level != zoom) {
            centerX = nx;
            centerY = ny;
            zoom = level;
            changed();
        }
    }

    /** The place under the pixel {@code (px, py)} of the view. */
    public Coordinates coordinatesAt(double px, double py) {
        return new Coordinates(Mercator.lat(unitY(py)), Mercator.lon(unitX(px)));
    }

    /** Where {@code where} is in the view, in pixels ({@code {x, y}}). */
    public double[] pixelOf(Coordinates where) {
        double scale = Mercator.worldPixels(zoom);
        return new double[] {Mercator.x(where.lon()) * scale - originX(), Mercator.y(where.lat()) * scale - originY()};
    }

    private double unitX(double px) {
        return (originX() + px) / Mercator.worldPixels(zoom);
    }

    private double unitY(double py) {
        return (originY() + py) / Mercator.worldPixels(zoom);
    }

    /** The world pixel (at this zoom) at the view's left edge. */
    public double originX() {
        return centerX * Mercator.worldPixels(zoom) - width / 2;
    }

    public double originY() {
        return centerY * Mercator.worldPixels(zoom) - height / 2;
    }

    /** Picks the place under the pixel: the point, its cell and its coverage area, drawn until the next pick. */
    public Pick pickAt(double px, double py) {
        return pick(coordinatesAt(px, py));
    }

    public Pick pick(Coordinates where) {
        long place = hexes.cellAt(where.lat(), where.lon(), Hexes.PLACE_RESOLUTION);
        pick = new Pick(where, place, hexes.areaOf(place));
        changed();
        return pick;
    }

    public Optional<Pick> picked() {
        return Optional.ofNullable(pick);
    }

    /** The outline of a cell in the view's pixels, for the picked place and its area. */
    public Shapes outline(long cell) {
        return HexShapes.of(hexes, new long[] {cell}, new int[] {0}).project(Mercator.worldPixels(zoom), false);
    }

    /**
     * What is in view now, in this zoom level's pixels (cached per level); also what {@link #lastFrame()} tells.
     * With the street map on, asks for the tiles of this view (only these: nothing around it is fetched ahead).
     */
    public MapFrame frame() {
        lastFrame = frameAt(originX(), originY(), width, height);
        if (streetTiles != null) {
            streetTiles.show(zoom, originX(), originY(), width, height);
        }
        return lastFrame;
    }

    /** The shapes of this zoom level in a rectangle of its world pixels (the view and a margin around it, say). */
    public MapFrame frameAt(double x, double y, double w, double h) {
        double scale = Mercator.worldPixels(zoom);
        return new MapFrame(x, y, w, h,
                land.computeIfAbsent(zoom, z -> basemap.land().project(scale, true)),
                borders.computeIfAbsent(zoom, z -> basemap.borders().project(scale, true)),
                network.computeIfAbsent(zoom, z -> layers.network().project(scale, false)),
                own.computeIfAbsent(zoom, z -> layers.ownAreas().project(scale, false)));
    }

    /** Changes when the basemap or the layers do (not when the map moves): when a drawn picture of them is stale. */
    public long content() {
        return content;
    }

    /** The last frame drawn: how many hexes it held, and which. */
    public MapFrame lastFrame() {
        return lastFrame;
    }

    /** The coverage areas of this computer's devices that the last frame drew (H3 cells of resolution 8). */
    public long[] drawnOwnAreas() {
        return java.util.Arrays.stream(lastFrame.ownInView()).filter(i -> i < layers.ownAreaCells().length)
                .mapToLong(i -> layers.ownAreaCells()[i]).toArray();
    }

    /** The shade of an area with {@code devices} devices: 0 for one, 1 for two or three, 2 for four to nine, 3 for more. */
    public static int shade(int devices) {
        return devices <= 1 ? 0 : devices <= 3 ? 1 : devices <= 9 ? 2 : 3;
    }
}
