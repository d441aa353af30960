package io.outpost.views.map;

import java.util.Arrays;

/**
 * One frame of the map: the view's top-left corner in this zoom level's world pixels, its size, the shapes of the
 * level, and which hexes are in view (by bounding box). Drawing subtracts the corner from each point, in
 * doubles: at street level the world is 67 million pixels wide, more than a float can place to the pixel.
 */
public record MapFrame(double originX, double originY, double width, double height, Shapes land, Shapes borders,
                       Shapes network, Shapes own, int[] networkInView, int[] ownInView) {
    static final MapFrame EMPTY = new MapFrame(0, 0, 0, 0, Shapes.none(), Shapes.none(), Shapes.none(), Shapes.none());

    public MapFrame(double originX, double originY, double width, double height, Shapes land, Shapes borders,
                    Shapes network, Shapes own) {
        this(originX, originY, width, height, land, borders, network, own,
                inView(network, originX, originY, width, height), inView(own, originX, originY, width, height));
    }

    private static int[] inView(Shapes shapes, double x, double y, double w, double h) {
        int[] found = new int[shapes.size()];
        int n = 0;
        for (int s = 0; s < shapes.size(); s++) {
            if (shapes.meets(s, x, y, x + w, y + h)) {
                found[n++] = s;
            }
        }
        return Arrays.copyOf(found, n);
    }

    /** Whether shape {@code s} of {@code shapes} is in view. */
    public boolean inView(Shapes shapes, int s) {
        return shapes.meets(s, originX, originY, originX + width, originY + height);
    }

    /** How many hexes (the network's areas and this computer's) this frame draws. */
    public int drawnHexes() {
        return networkInView.length + ownInView.length;
    }
}
