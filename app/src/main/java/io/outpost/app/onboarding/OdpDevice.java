package io.outpost.app.onboarding;

import io.outpost.devices.catalog.DeviceFamily;
import io.outpost.devices.odp.Coordinates;
import io.outpost.devices.odp.DeviceConfig;
import io.outpost.devices.odp.DeviceStatus;
import io.outpost.devices.odp.Heartbeat;
import io.outpost.devices.odp.Identity;
import io.outpost.devices.odp.Network;
import io.outpost.devices.odp.OdpClient;
import io.outpost.devices.odp.Onboard;
import io.outpost.devices.serial.SerialLink;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** An ODP device: it proves its key (its public key hashes to its address) and signs for itself. */
public final class OdpDevice implements OnboardingDevice {
    private final String port;
    private final SerialLink link;
    private final OdpClient client;
    private final Identity identity;

    private OdpDevice(String port, SerialLink link, OdpClient client, Identity identity) {
        this.port = port;
        this.link = link;
        this.client = client;
        this.identity = identity;
    }

    /** Asks the device on {@code link} who it is; one whose public key is not its address's goes no further. */
    public static OdpDevice identify(String port, SerialLink link) throws IOException {
        OdpClient client = new OdpClient(link);
        Identity identity = client.identify();
        if (!identity.publicKeyMatchesDevice()) {
            throw new OnboardingException(OnboardingException.Reason.NOT_GENUINE,
                    "the device's public key does not belong to " + identity.device().value());
        }
        return new OdpDevice(port, link, client, identity);
    }

    @Override
    public DeviceFacts facts() {
        return new DeviceFacts(DeviceFamily.ODP, TrustClass.HARDWARE_VERIFIED, identity.model(), identity.serial(),
                identity.firmware(), Optional.of(identity.device().value()), Map.of());
    }

    @Override
    public String port() {
        return port;
    }

    @Override
    public String hardwareId() {
        return identity.device().value();
    }

    @Override
    public String address(String owner) {
        return identity.device().value();
    }

    /** Where the device says it stands, when it knows (a hotspot with GNSS of its own, or placed before). */
    @Override
    public Optional<Coordinates> ownPosition() throws IOException {
        return client.status().location().map(DeviceStatus.Location::coordinates);
    }

    @Override
    public String sign(Onboard onboard, String owner) throws IOException {
        OdpClient.Signed signed;
        try {
            signed = client.sign(onboard);
        } catch (OdpClient.OdpException e) {
            if (e.refused()) {
                throw new OnboardingException(OnboardingException.Reason.DEVICE_REFUSED, "the device refused to sign");
            }
            throw e; // silent or gone after it had answered: unplugged, most likely
        }
        if (!signed.verification().verified()) {
            throw new OnboardingException(OnboardingException.Reason.DEVICE_REFUSED,
                    "the device's signature does not check out: " + signed.verification());
        }
        return signed.signature();
    }

    @Override
    public void configure(Network network, Coordinates where) throws IOException {
        client.configure(DeviceConfig.NONE.withNetwork(network).withLocation(where));
    }

    @Override
    public Optional<Heartbeat> nextHeartbeat(String owner, Duration wait) throws IOException {
        return client.nextHeartbeat(wait);
    }

    @Override
    public void close() {
        link.close();
    }
}
