package io.outpost.network;

import io.outpost.network.NetworkProfileJson.InvalidProfileException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The installed network profiles ({@code <dir>/*.json}) together with the built-in ones. An installed
 * profile replaces a built-in one with the same id (so the devnet profile that {@code outpost devnet up}
 * writes wins over the shipped one). A file that cannot be used is reported and skipped. Which profile is
 * active is a setting of the app, not kept here.
 */
public final class ProfileStore {
    private final Path directory;
    private final NetworkProfileJson json = new NetworkProfileJson();

    public ProfileStore(Path directory) {
        this.directory = directory;
    }

    /** A profile file that was skipped, and why (the message names the field, e.g. {@code chainId: …}). */
    public record Problem(String file, String problem) {
        @Override
        public String toString() {
            return file + ": " + problem;
        }
    }

    public record Loaded(NetworkProfiles profiles, List<Problem> problems) {
        public Loaded {
            problems = List.copyOf(problems);
        }
    }

    /** The built-in profiles, replaced or joined by the installed ones (in file name order). */
    public Loaded load() throws IOException {
        Map<String, NetworkProfile> byId = new LinkedHashMap<>();
        NetworkProfiles.builtIn().all().forEach(profile -> byId.put(profile.id(), profile));
        List<Problem> problems = new ArrayList<>();
        Set<String> installed = new HashSet<>();
        for (Path file : files()) {
            String name = file.getFileName().toString();
            try {
                NetworkProfile profile = json.read(Files.readString(file, StandardCharsets.UTF_8));
                if (installed.add(profile.id())) {
                    byId.put(profile.id(), profile);
                } else {
                    problems.add(new Problem(name, "id: " + profile.id() + " is already installed from another file"));
                }
            } catch (InvalidProfileException e) {
                problems.add(new Problem(name, e.getMessage()));
            } catch (IOException e) {
                problems.add(new Problem(name, "cannot be read: " + e.getMessage()));
            }
        }
        return new Loaded(new NetworkProfiles(List.copyOf(byId.values())), problems);
    }

    /**
     * Checks the profile and writes it to {@code <id>.json}, replacing an installed profile with that id.
     * The write is atomic (temp file, fsync, rename): a crash leaves the old file or the new one, never half.
     *
     * @throws InvalidProfileException naming the field, when the text is not a valid profile
     */
    public NetworkProfile install(String profileJson) throws IOException {
        NetworkProfile profile = json.read(profileJson);
        Files.createDirectories(directory);
        Path temp = Files.createTempFile(directory, profile.id() + ".", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.wrap(json.write(profile).getBytes(StandardCharsets.UTF_8)));
                channel.force(true);
            }
            Files.move(temp, directory.resolve(profile.id() + ".json"), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
        return profile;
    }

    private List<Path> files() throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory, "*.json")) {
            stream.forEach(files::add);
        }
        files.sort(null);
        return files;
    }
}
