package io.outpost.devnet.oracle;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The registry as the heartbeat check sees it: a registration is remembered for {@link #TTL}, so a device
 * heartbeating every 30 s costs one chain call per TTL; a device not found is asked again every time, so
 * one registered a moment ago is accepted at once.
 */
final class Registrations {
    static final Duration TTL = Duration.ofSeconds(30);

    private record Entry(OracleChain.Registration registration, Instant fetched) {
    }

    private final OracleChain chain;
    private final Clock clock;
    private final ConcurrentHashMap<String, Entry> cache = new ConcurrentHashMap<>();

    Registrations(OracleChain chain, Clock clock) {
        this.chain = chain;
        this.clock = clock;
    }

    Optional<OracleChain.Registration> of(String device) throws ChainUnavailable {
        Instant now = clock.instant();
        Entry entry = cache.get(device);
        if (entry != null && now.isBefore(entry.fetched().plus(TTL)) && !now.isBefore(entry.fetched())) {
            return Optional.of(entry.registration());
        }
        Optional<OracleChain.Registration> registration;
        try {
            registration = chain.registration(device);
        } catch (IOException e) {
            throw new ChainUnavailable(e);
        }
        registration.ifPresentOrElse(found -> cache.put(device, new Entry(found, now)), () -> cache.remove(device));
        return registration;
    }
}
