package io.outpost.app.settings;

import java.util.Locale;

/**
 * The street map from the internet under the coverage map (off by default): whether it is on, where its pictures
 * come from ({@code {z}/{x}/{y}} in a URL template, OpenStreetMap's tile server unless {@code settings.json} names
 * another) and the credit the tiles' owner asks for. A template that is no http(s) address with the three places
 * gets the default.
 */
public record StreetMap(boolean enabled, String tiles, String attribution) {
    public static final String OSM_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
    public static final String OSM_ATTRIBUTION = "© OpenStreetMap contributors";

    public StreetMap {
        tiles = valid(tiles) ? tiles.strip() : OSM_TILES;
        attribution = attribution == null || attribution.isBlank() ? OSM_ATTRIBUTION : attribution.strip();
    }

    public static StreetMap off() {
        return new StreetMap(false, OSM_TILES, OSM_ATTRIBUTION);
    }

    public StreetMap withEnabled(boolean on) {
        return new StreetMap(on, tiles, attribution);
    }

    private static boolean valid(String template) {
        if (template == null) {
            return false;
        }
        String t = template.strip().toLowerCase(Locale.ROOT);
        return (t.startsWith("https://") || t.startsWith("http://")) && t.contains("{z}") && t.contains("{x}")
                && t.contains("{y}");
    }
}
