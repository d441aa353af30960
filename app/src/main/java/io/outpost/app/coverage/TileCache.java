package io.outpost.app.coverage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Map tiles on disk, {@code z/x/y.png} under one folder per tile server. A file's modification time is when it
 * expires (the server's {@code Cache-Control}/{@code Expires}, else {@link #DEFAULT_KEEP}); an expired tile is still
 * shown when the server cannot be reached. The folder stays under a size bound: past it, the tiles that expire first
 * (the oldest fetched) go until it is at four fifths. Blocking: called from the fetchers' threads only.
 */
final class TileCache {
    private static final Logger LOG = LoggerFactory.getLogger(TileCache.class);
    /** How long a tile is kept fresh when the server says nothing: OpenStreetMap's tile policy asks for a week. */
    static final Duration DEFAULT_KEEP = Duration.ofDays(7);

    private final Path folder;
    private final long maxBytes;
    private long size = -1;

    record Cached(byte[] picture, Instant expires) {
        boolean fresh(Instant now) {
            return expires.isAfter(now);
        }
    }

    TileCache(Path folder, long maxBytes) {
        this.folder = folder;
        this.maxBytes = maxBytes;
    }

    private Path file(MapTiles.Tile tile) {
        return folder.resolve(Integer.toString(tile.z())).resolve(Integer.toString(tile.x())).resolve(tile.y() + ".png");
    }

    Optional<Cached> read(MapTiles.Tile tile) {
        Path file = file(tile);
        try {
            Instant expires = Files.getLastModifiedTime(file).toInstant();
            return Optional.of(new Cached(Files.readAllBytes(file), expires));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            LOG.debug("Map tile {} could not be read from the cache", tile, e);
            return Optional.empty();
        }
    }

    synchronized void write(MapTiles.Tile tile, byte[] picture, Instant expires) {
        Path file = file(tile);
        try {
            if (size < 0) {
                size = measure();
            }
            long before = Files.exists(file) ? Files.size(file) : 0;
            Files.createDirectories(file.getParent());
            // Whole or not at all, but without forcing it to the disk: a lost tile is fetched again.
            Path temp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
            Files.write(temp, picture);
            Files.setLastModifiedTime(temp, FileTime.from(expires));
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            size += picture.length - before;
            if (size > maxBytes) {
                prune();
            }
        } catch (IOException e) {
            LOG.info("Map tile {} could not be kept in the cache: {}", tile, e.toString());
        }
    }

    /** The bytes of all tiles kept (for tests and the size bound). */
    synchronized long measure() throws IOException {
        long total = 0;
        for (Path p : tiles()) {
            total += Files.size(p);
        }
        return total;
    }

    // Oldest expiry first, until four fifths of the bound are left.
    private void prune() throws IOException {
        List<Path> files = new ArrayList<>(tiles());
        files.sort(Comparator.comparing(TileCache::expiry));
        long target = maxBytes * 4 / 5;
        for (Path p : files) {
            if (size <= target) {
                break;
            }
            long bytes = Files.size(p);
            Files.deleteIfExists(p);
            size -= bytes;
        }
    }

    private List<Path> tiles() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png"))
                    .filter(Files::isRegularFile).toList();
        }
    }

    private static FileTime expiry(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
