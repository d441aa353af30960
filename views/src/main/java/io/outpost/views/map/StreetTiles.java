package io.outpost.views.map;

import io.outpost.app.coverage.MapTiles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * One map's street tiles: asks {@link MapTiles} for the tiles in view that it does not hold, decodes what arrives on
 * the fetching thread and hands it to the UI thread in batches (one redraw for a burst of tiles), and keeps the last
 * {@link #KEPT} pictures in memory. Free of the toolkit: {@code P} is an image in the window, bytes in tests.
 *
 * @param <P> a decoded picture
 */
public final class StreetTiles<P> implements MapTiles.Listener {
    /** Pictures kept in memory: a full-screen view and the margin drawn around it, twice over. */
    static final int KEPT = 160;

    private final MapTiles source;
    private final String attribution;
    private final Function<byte[], P> decode;
    private final Executor ui;
    private final Map<MapTiles.Tile, P> pictures = new LinkedHashMap<>(KEPT * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<MapTiles.Tile, P> eldest) {
            return size() > KEPT;
        }
    };
    private final Queue<Map.Entry<MapTiles.Tile, P>> arrived = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean handing = new AtomicBoolean();
    private Runnable changed = () -> { };

    /**
     * @param decode turns a tile's bytes into a picture, on the fetching thread; null for bytes it cannot read
     * @param ui     the UI thread, where pictures are kept and the map is told
     */
    public StreetTiles(MapTiles source, String attribution, Function<byte[], P> decode, Executor ui) {
        this.source = source;
        this.attribution = attribution;
        this.decode = decode;
        this.ui = ui;
    }

    public MapTiles source() {
        return source;
    }

    /** The credit shown on the map while its tiles show, such as "© OpenStreetMap contributors". */
    public String attribution() {
        return attribution;
    }

    /** What runs on the UI thread after tiles arrived or failed (the map draws again). */
    void onChange(Runnable action) {
        changed = action;
    }

    /** Asks for the tiles of zoom {@code z} that meet the rectangle of world pixels and are not held yet. */
    void show(int z, double x, double y, double w, double h) {
        List<MapTiles.Tile> wanted = new ArrayList<>();
        for (MapTiles.Tile tile : covering(z, x, y, w, h)) {
            if (!pictures.containsKey(tile)) {
                wanted.add(tile);
            }
        }
        source.want(wanted, this);
    }

    /** The tiles of zoom {@code z} that meet the rectangle, the middle ones first (they are fetched first). */
    static List<MapTiles.Tile> covering(int z, double x, double y, double w, double h) {
        int last = (1 << z) - 1;
        int x0 = clamp((int) Math.floor(x / 256), last);
        int x1 = clamp((int) Math.floor((x + w - 1) / 256), last);
        int y0 = clamp((int) Math.floor(y / 256), last);
        int y1 = clamp((int) Math.floor((y + h - 1) / 256), last);
        double cx = (x + w / 2) / 256 - 0.5;
        double cy = (y + h / 2) / 256 - 0.5;
        List<MapTiles.Tile> tiles = new ArrayList<>();
        for (int ty = y0; ty <= y1; ty++) {
            for (int tx = x0; tx <= x1; tx++) {
                tiles.add(new MapTiles.Tile(z, tx, ty));
            }
        }
        tiles.sort(java.util.Comparator.comparingDouble(t -> Math.hypot(t.x() - cx, t.y() - cy)));
        return tiles;
    }

    private static int clamp(int v, int last) {
        return Math.max(0, Math.min(last, v));
    }

    /** The picture of a tile, when it is held (on the UI thread). */
    P picture(int z, int x, int y) {
        return pictures.get(new MapTiles.Tile(z, x, y));
    }

    /** Whether the server failed the last time it was asked: the map says it shows its built-in map instead. */
    boolean failing() {
        return source.failing();
    }

    @Override
    public void arrived(MapTiles.Tile tile, byte[] picture) {
        P decoded = decode.apply(picture);
        if (decoded != null) {
            arrived.add(Map.entry(tile, decoded));
        }
        handOver();
    }

    @Override
    public void failed(MapTiles.Tile tile) {
        handOver();
    }

    // At most one hand-over waits on the UI thread; it takes everything that arrived until it runs.
    private void handOver() {
        if (handing.compareAndSet(false, true)) {
            ui.execute(() -> {
                handing.set(false);
                for (Map.Entry<MapTiles.Tile, P> next; (next = arrived.poll()) != null; ) {
                    pictures.put(next.getKey(), next.getValue());
                }
                changed.run();
            });
        }
    }
}
