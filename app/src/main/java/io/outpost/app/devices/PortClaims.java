package io.outpost.app.devices;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Ports that one part of the app needs to itself for a while (the onboarding wizard talking to a device): the
 * background listeners (heartbeat relay, sensor attestation) let go of a claimed port and take it back once it
 * is released. A serial port has one reader; two would each get half of what the device says.
 */
public final class PortClaims {
    private final Set<String> claimed = ConcurrentHashMap.newKeySet();
    private final List<Consumer<Set<String>>> listeners = new CopyOnWriteArrayList<>();

    public void claim(String port) {
        if (claimed.add(port)) {
            tell();
        }
    }

    public void release(String port) {
        if (claimed.remove(port)) {
            tell();
        }
    }

    public boolean isClaimed(String port) {
        return claimed.contains(port);
    }

    /** {@code listener} hears the claimed ports after each change, on the thread that made it. */
    public void addListener(Consumer<Set<String>> listener) {
        listeners.add(listener);
    }

    private void tell() {
        Set<String> now = Set.copyOf(claimed);
        listeners.forEach(listener -> listener.accept(now));
    }
}
