package io.outpost.app.onboarding;

import io.outpost.app.wallet.WalletProblem;
import io.outpost.app.wallet.WalletService;
import io.outpost.app.wallet.WalletSession;
import io.outpost.devices.odp.Coordinates;
import io.outpost.devices.serial.PortOpenException;
import io.outpost.network.NetworkProfile;
import io.outpost.network.oracle.HeartbeatResult;
import io.outpost.wallet.keys.Address;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The onboarding wizard's hold on one device: the port it opened (the background listeners yield it while it
 * is held, see PortClaims), the device, and the steps that follow, each a blocking call for a background thread. Signing
 * goes through the unlocked wallet; a sensor's key is made from the owner's account while it is unlocked.
 */
public final class OnboardingSession implements AutoCloseable {
    private final DeviceConnector connector;
    private final Supplier<NetworkProfile> network;
    private final Function<NetworkProfile, OnboardDevice> onboarding;
    private final WalletService wallet;
    private final WalletSession session;
    private final Supplier<OnboardingProgress> progress;
    private final Consumer<String> accepted;
    private OnboardingDevice device;

    public OnboardingSession(DeviceConnector connector, Supplier<NetworkProfile> network,
                             Function<NetworkProfile, OnboardDevice> onboarding, WalletService wallet, WalletSession session,
                             Supplier<OnboardingProgress> progress, Consumer<String> accepted) {
        this.connector = connector;
        this.accepted = accepted;
        this.network = network;
        this.onboarding = onboarding;
        this.wallet = wallet;
        this.session = session;
        this.progress = progress;
    }

    /** What an earlier run of the wizard knew, to go on from there. */
    public Optional<OnboardingProgress.Saved> saved() {
        return progress.get().load();
    }

    /** Keeps what the wizard knows now, so that a restart (or a pulled cable) loses nothing. */
    public void remember(OnboardingProgress.Saved now) {
        progress.get().save(now);
    }

    /** The wizard is done (or started over): nothing to go on from. */
    public void forget() {
        progress.get().clear();
    }

    /**
     * Finds out what is on {@code port} and holds it: an ODP device must prove its key; a sensor's readings go to
     * {@code readings} (on the sensor's thread) while it is held.
     */
    public DeviceFacts connect(String port, Consumer<Map<String, Object>> readings) throws IOException, PortOpenException {
        close();
        OnboardingDevice opened = connector.connect(port, (owner, hardwareId) -> session.hostKey(new Address(owner), hardwareId));
        if (opened instanceof SensorDevice sensor) {
            sensor.onReading(readings);
        }
        synchronized (this) {
            device = opened;
        }
        return opened.facts();
    }

    /** Where the device says it is: an ODP device's stored or GNSS place, a GNSS receiver's fix; else empty. */
    public synchronized Optional<Coordinates> ownPosition() throws IOException {
        return held().ownPosition();
    }

    /** The position of the GNSS receiver on {@code port} (another one than the device's); empty without a fix. */
    public Optional<Coordinates> positionOf(String port) {
        return connector.positionOf(port);
    }

    /** The wallet account that will own the device (the first), when there is a wallet. */
    public Optional<Address> owner() throws IOException {
        return wallet.address(0);
    }

    /** The review: device, owner, place, fee. A sensor's address is known once the wallet is unlocked. */
    public synchronized OnboardDevice.Plan plan(Coordinates where) throws IOException {
        Address owner = owner().orElseThrow(() -> new WalletProblem.Failure(WalletProblem.of(WalletProblem.Kind.LOCKED)));
        return onboarding.apply(network.get()).plan(held(), owner.value(), where);
    }

    /** Has the device sign, sends the registration and configures the device; the wallet must be unlocked. */
    public synchronized OnboardDevice.Result register(OnboardDevice.Plan plan, String name) throws IOException {
        if (!session.isUnlocked()) {
            throw new WalletProblem.Failure(WalletProblem.of(WalletProblem.Kind.LOCKED));
        }
        return onboarding.apply(network.get()).complete(held(), plan, name, session.signerFor(new Address(plan.owner())));
    }

    /**
     * Takes the device's next heartbeat to the network: whether the network accepted it (empty: none came). The
     * wizard is then done with the device and lets go of it, whatever came, so the background listeners take its
     * port back and keep it earning (the relay, the sensors' attestation, the local history).
     */
    public synchronized Optional<Boolean> firstHeartbeat(String owner, Duration wait) throws IOException {
        try {
            Optional<Boolean> taken = onboarding.apply(network.get()).firstHeartbeat(held(), owner, wait)
                    .map(result -> result instanceof HeartbeatResult.Accepted);
            if (taken.orElse(false)) {
                accepted.accept(held().address(owner));
            }
            return taken;
        } finally {
            close();
        }
    }

    private OnboardingDevice held() throws IOException {
        if (device == null) {
            throw new IOException("no device is connected");
        }
        return device;
    }

    /** Lets go of the device and its port (the background listeners take it back). */
    @Override
    public synchronized void close() {
        if (device != null) {
            device.close();
            device = null;
        }
    }
}
