package io.outpost.app.onboarding;

import io.outpost.app.wallet.WalletProblem;
import io.outpost.app.wallet.WalletService;
import io.outpost.app.wallet.WalletSession;
import io.outpost.devices.odp.Coordinates;
import io.outpost.devices.odp.Identity;
import io.outpost.devices.odp.OdpClient;
import io.outpost.devices.serial.LineSettings;
import io.outpost.devices.serial.PortOpenException;
import io.outpost.devices.serial.SerialLink;
import io.outpost.devices.serial.SerialPorts;
import io.outpost.network.NetworkProfile;
import io.outpost.network.oracle.HeartbeatResult;
import io.outpost.wallet.keys.Address;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The onboarding wizard's hold on one device: the port it opened, the device's identity, the plan, and the
 * steps that follow, each a blocking call for a background thread. Signing goes through the unlocked wallet.
 */
public final class OnboardingSession implements AutoCloseable {
    private static final LineSettings ODP_LINE = LineSettings.eightNOne(115200);

    private final SerialPorts ports;
    private final Supplier<NetworkProfile> network;
    private final Function<NetworkProfile, OnboardDevice> onboarding;
    private final WalletService wallet;
    private final WalletSession session;
    private final Supplier<OnboardingProgress> progress;
    private SerialLink link;
    private OdpClient device;

    public OnboardingSession(SerialPorts ports, Supplier<NetworkProfile> network, Function<NetworkProfile, OnboardDevice> onboarding,
                             WalletService wallet, WalletSession session,
                             Supplier<OnboardingProgress> progress) {
        this.ports = ports;
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

    /** Opens {@code port} and asks the device who it is; a device that cannot prove its key goes no further. */
    public synchronized Identity connect(String port) throws IOException, PortOpenException {
        close();
        link = ports.open(port, ODP_LINE);
        device = new OdpClient(link);
        return onboarding.apply(network.get()).identify(device);
    }

    /** The wallet account that will own the device (the first), when there is a wallet. */
    public Optional<Address> owner() throws IOException {
        return wallet.address(0);
    }

    public synchronized OnboardDevice.Plan plan(Identity identity, Coordinates where) throws IOException {
        Address owner = owner().orElseThrow(() -> new WalletProblem.Failure(WalletProblem.of(WalletProblem.Kind.LOCKED)));
        return onboarding.apply(network.get()).plan(identity, owner.value(), where);
    }

    /** Has the device sign, sends the registration and configures the device; the wallet must be unlocked. */
    public synchronized OnboardDevice.Result register(OnboardDevice.Plan plan, String name) throws IOException {
        if (!session.isUnlocked()) {
            throw new WalletProblem.Failure(WalletProblem.of(WalletProblem.Kind.LOCKED));
        }
        return onboarding.apply(network.get()).complete(device, plan, name, session.signerFor(new Address(plan.owner())));
    }

    /** Takes the device's next heartbeat to the network: whether the network accepted it (empty: none came). */
    public synchronized Optional<Boolean> firstHeartbeat(Duration wait) throws IOException {
        return onboarding.apply(network.get()).firstHeartbeat(device, wait)
                .map(result -> result instanceof HeartbeatResult.Accepted);
    }

    @Override
    public synchronized void close() {
        if (link != null) {
            link.close();
            link = null;
            device = null;
        }
    }
}
