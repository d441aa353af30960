package io.outpost.app.onboarding;

import io.outpost.devices.odp.Coordinates;
import io.outpost.devices.odp.Heartbeat;
import io.outpost.devices.odp.Network;
import io.outpost.devices.odp.Onboard;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/**
 * A device on its way onto the network, as onboarding needs it: an ODP device that signs with its own key, or
 * a sensor this computer signs for. {@code owner} is the wallet account that registers it (lowercase address).
 */
public interface OnboardingDevice extends AutoCloseable {
    DeviceFacts facts();

    /** The port the device is on. */
    String port();

    /** What tells this device apart for good: an ODP device's address, a sensor's model and serial. */
    String hardwareId();

    /** The address the device registers under (a sensor's depends on the owner: its key is made from theirs). */
    String address(String owner);

    /** The device's EIP-712 {@code Onboard} signature (0x + 65 bytes); fails when it refuses or is gone. */
    String sign(Onboard onboard, String owner) throws IOException;

    /** Tells the device its network and place, where it keeps them (a sensor keeps nothing). */
    void configure(Network network, Coordinates where) throws IOException;

    /** Where the device says it is (its own GNSS fix, or the place it keeps); empty when it does not know. */
    Optional<Coordinates> ownPosition() throws IOException;

    /** The device's next signed heartbeat, waiting at most {@code wait}; empty when none came in time. */
    Optional<Heartbeat> nextHeartbeat(String owner, Duration wait) throws IOException;

    @Override
    void close();
}
