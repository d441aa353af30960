package io.outpost.app.networks;

import io.outpost.app.settings.SettingsStore;
import io.outpost.network.NetworkProfile;
import io.outpost.network.NetworkProfileJson.InvalidProfileException;
import io.outpost.network.NetworkProfiles;
import io.outpost.network.ProfileStore;
import io.outpost.network.chain.ProfileCheck;
import io.outpost.network.rpc.JsonRpcClient;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The networks this computer knows (the built-in ones and the profiles installed in {@code <data>/networks})
 * and which one is active. The active network is the one every later lookup of this run gets
 * ({@link #active()}), so choosing another one here takes effect at once, not only at the next start.
 */
public final class Networks {
    /** Profiles are a few hundred bytes; anything far larger is not one, and is not read into memory. */
    public static final int MAX_PROFILE_BYTES = 64 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(Networks.class);

    private final ProfileStore store;
    private final SettingsStore settings;
    private final Function<List<URI>, JsonRpcClient> rpc;
    private volatile ProfileStore.Loaded loaded;
    private volatile String activeId;

    /**
     * @param activeId the network the settings chose at start
     * @param rpc      makes a JSON-RPC client for a profile's RPC addresses
     */
    public Networks(ProfileStore store, SettingsStore settings, String activeId, Function<List<URI>, JsonRpcClient> rpc) {
        this.store = Objects.requireNonNull(store, "store");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.activeId = Objects.requireNonNull(activeId, "activeId");
        this.rpc = Objects.requireNonNull(rpc, "rpc");
        this.loaded = load(store);
    }

    /** The known networks, the active one among them, and the installed files that were skipped and why. */
    public record Listing(List<NetworkProfile> profiles, NetworkProfile active, List<ProfileStore.Problem> skipped) {
        public Listing {
            profiles = List.copyOf(profiles);
            skipped = List.copyOf(skipped);
        }
    }

    public Listing list() {
        ProfileStore.Loaded now = loaded;
        return new Listing(now.profiles().all(), now.profiles().byIdOrDefault(activeId), now.problems());
    }

    /** The active network; the first known one when the chosen id is no longer installed. */
    public NetworkProfile active() {
        return loaded.profiles().byIdOrDefault(activeId);
    }

    /**
     * Installs the profile in {@code file} (replacing an installed one with its id). Nothing changes when
     * the file is refused.
     *
     * @throws InvalidProfileException naming the field, when the file is not a valid profile
     * @throws UnreadableFileException  when the file cannot be read, or is over {@link #MAX_PROFILE_BYTES}
     * @throws IOException              when the profile cannot be written into the networks folder
     */
    public synchronized NetworkProfile install(Path file) throws IOException {
        NetworkProfile profile = store.install(read(file));
        loaded = load(store);
        LOG.info("Network profile {} installed from {}", profile.id(), file.getFileName());
        return profile;
    }

    /**
     * Makes {@code id} the active network, in the settings file and for the rest of this run.
     *
     * @throws UnknownNetworkException when no known network has this id
     * @throws IOException             when the settings cannot be saved (the active network is then unchanged)
     */
    public synchronized NetworkProfile use(String id) throws IOException {
        NetworkProfile profile = require(id);
        // From the file, not from the settings this run started with: a change saved since then must survive.
        settings.save(settings.load().settings().withNetworkId(profile.id()));
        activeId = profile.id();
        return profile;
    }

    /**
     * Checks the network against its chain: each RPC node on the profile's chain id, code at each contract.
     *
     * @throws UnknownNetworkException when no known network has this id
     */
    public CompletableFuture<ProfileCheck.Result> check(String id) {
        NetworkProfile profile = require(id);
        return new ProfileCheck(rpc.apply(profile.rpcUrls())::forUrl).check(profile);
    }

    /**
     * The known network {@code id}, without making it active.
     *
     * @throws UnknownNetworkException when no known network has this id
     */
    public NetworkProfile profile(String id) {
        return require(id);
    }

    private NetworkProfile require(String id) {
        NetworkProfiles known = loaded.profiles();
        return known.byId(id).orElseThrow(() ->
                new UnknownNetworkException(id, known.all().stream().map(NetworkProfile::id).toList()));
    }

    private static ProfileStore.Loaded load(ProfileStore store) {
        try {
            ProfileStore.Loaded result = store.load();
            result.problems().forEach(problem -> LOG.warn("Network profile skipped: {}", problem));
            return result;
        } catch (IOException e) {
            LOG.warn("Installed network profiles unreadable; using the built-in ones", e);
            return new ProfileStore.Loaded(NetworkProfiles.builtIn(), List.of());
        }
    }

    private static String read(Path file) throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_PROFILE_BYTES + 1);
        } catch (IOException e) {
            throw new UnreadableFileException(file, false, e);
        }
        if (bytes.length > MAX_PROFILE_BYTES) {
            throw new UnreadableFileException(file, true, null);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidProfileException("(file)", "not UTF-8 text");
        }
    }

    /** No known network has this id; {@link #known()} lists the ids there are. */
    public static final class UnknownNetworkException extends IllegalArgumentException {
        private final String id;
        private final List<String> known;

        public UnknownNetworkException(String id, List<String> known) {
            super("no network " + id + "; known: " + String.join(", ", known));
            this.id = id;
            this.known = List.copyOf(known);
        }

        public String id() {
            return id;
        }

        public List<String> known() {
            return known;
        }
    }

    /** A profile file that could not be read, or was too large to be one ({@link #tooLarge()}). */
    public static final class UnreadableFileException extends IOException {
        private final boolean tooLarge;

        UnreadableFileException(Path file, boolean tooLarge, IOException cause) {
            super(file.getFileName() + (tooLarge ? " is over " + MAX_PROFILE_BYTES + " bytes" : " cannot be read"), cause);
            this.tooLarge = tooLarge;
        }

        public boolean tooLarge() {
            return tooLarge;
        }
    }
}
