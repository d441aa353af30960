package io.outpost.app.cli;

import io.outpost.app.AppServices;
import io.outpost.app.networks.NetworkNames;
import io.outpost.app.onboarding.OnboardDevice;
import io.outpost.app.onboarding.OnboardingException;
import io.outpost.app.transactions.WrongChainException;
import io.outpost.app.onboarding.OnboardingDevice;
import io.outpost.app.onboarding.TrustClass;
import io.outpost.app.sensors.HostKeys;
import io.outpost.devices.odp.Coordinates;
import io.outpost.devices.odp.OdpClient;
import io.outpost.devices.serial.PortOpenException;
import io.outpost.i18n.Messages;
import io.outpost.network.NetworkProfile;
import io.outpost.network.http.Http;
import io.outpost.network.oracle.HeartbeatResult;
import io.outpost.network.rpc.RpcException;
import io.outpost.wallet.UnlockedWallet;
import io.outpost.wallet.keys.Address;
import io.outpost.wallet.tx.TransactionSigner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code outpost onboard PORT --name NAME [--lat X --lon Y]}: the onboarding wizard without a window. The device
 * proves its key, the wallet registers it, the device learns its network, and the first heartbeat is taken to
 * the network. Run again for a registered device, it says so and sends nothing. Exit 2 for bad input or a
 * wrong password, 3 when the device is missing or refuses, 4 when the network refuses or cannot be reached.
 */
@Command(name = "onboard", mixinStandardHelpOptions = true)
final class OnboardCommand implements Callable<Integer> {
    static final int EXIT_DEVICE = 3;

    private final CliContext context;

    @ParentCommand
    RootCommand root;

    @Mixin
    SigningOptions signing;

    @Parameters(index = "0", paramLabel = "PORT", descriptionKey = "cli.param.port")
    String port;

    @Option(names = "--name", required = true, paramLabel = "NAME", descriptionKey = "cli.option.deviceName")
    String name;

    @Option(names = "--lat", paramLabel = "X", descriptionKey = "cli.option.lat")
    Double lat;

    @Option(names = "--lon", paramLabel = "Y", descriptionKey = "cli.option.lon")
    Double lon;

    @Option(names = "--account", paramLabel = "I", descriptionKey = "cli.option.account")
    int account;

    @Option(names = "--heartbeat-wait", paramLabel = "SECONDS", defaultValue = "90", descriptionKey = "cli.option.heartbeatWait")
    int heartbeatWait;

    @Option(names = "--json", descriptionKey = "cli.option.json")
    boolean json;

    OnboardCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Messages messages = context.messages();
        if ((lat == null) != (lon == null) || name.isBlank()) {
            return WalletCommand.usage(context, messages.get(name.isBlank() ? "cli.onboard.noName" : "cli.onboard.latAndLon"));
        }
        return WalletCommand.runOnWallet(context, root, (services, secrets) -> {
            NetworkProfile profile = WalletCommand.network(context, services, signing.network);
            Address owner = profile == null ? null : WalletCommand.account(context, services, account);
            char[] password = owner == null ? null : WalletCommand.password(context, secrets, signing.passwordFile);
            if (password == null) {
                return RootCommand.EXIT_USAGE;
            }
            try (UnlockedWallet unlocked = services.wallet().unlock(password);
                 OnboardingDevice device = services.deviceConnector().connect(port,
                         (who, hardwareId) -> HostKeys.derive(unlocked.key(new Address(who)), hardwareId))) {
                return onboard(services, profile, owner, unlocked, device);
            } catch (PortOpenException e) {
                context.err().println(portProblem(e, messages));
                return EXIT_DEVICE;
            } catch (OnboardingException e) {
                return refused(e, profile);
            }
        });
    }

    private int onboard(AppServices services, NetworkProfile profile, Address owner, UnlockedWallet unlocked,
                        OnboardingDevice device) {
        Messages messages = context.messages();
        try {
            Optional<Coordinates> where = lat != null ? Optional.of(new Coordinates(lat, lon))
                    : device.ownPosition();
            if (where.isEmpty()) {
                return WalletCommand.usage(context, messages.get("cli.onboard.whereIsIt"));
            }
            TransactionSigner signer = new TransactionSigner();
            OnboardDevice.Result result = services.onboarding(profile).onboard(device, owner.value(), name.strip(), where.get(),
                    tx -> signer.sign(tx, unlocked.key(owner)));
            String beat = firstHeartbeat(services, profile, device, owner);
            context.out().println(json ? toJson(result, beat) : told(result, beat, owner, profile));
            return RootCommand.EXIT_OK;
        } catch (IllegalArgumentException e) {
            return WalletCommand.usage(context, messages.get("cli.onboard.badPlace"));
        } catch (OdpClient.OdpException e) {
            context.err().println(messages.get(e.refused() ? "cli.onboard.refused" : "cli.onboard.noAnswer", port));
            return EXIT_DEVICE;
        } catch (IOException | UncheckedIOException e) {
            context.err().println(messages.get("cli.onboard.unplugged", port));
            return EXIT_DEVICE;
        } catch (OnboardingException e) {
            return refused(e, profile);
        } catch (CompletionException e) {
            return chainProblem(Http.unwrap(e), profile);
        }
    }

    /** Takes the device's next heartbeat to the network: {@code accepted}, the refusal's code, or {@code none}. */
    private String firstHeartbeat(AppServices services, NetworkProfile profile, OnboardingDevice device, Address owner)
            throws IOException {
        try {
            return services.onboarding(profile).firstHeartbeat(device, owner.value(), Duration.ofSeconds(heartbeatWait))
                    .map(result -> result instanceof HeartbeatResult.Refused refused ? refused.code() : "accepted")
                    .orElse("none");
        } catch (CompletionException e) {
            LoggerFactory.getLogger(OnboardCommand.class).warn("The first heartbeat could not be delivered", Http.unwrap(e));
            return "unreachable";
        }
    }

    private String told(OnboardDevice.Result result, String beat, Address owner, NetworkProfile profile) {
        Messages messages = context.messages();
        String first = result.status() == OnboardDevice.Status.REGISTERED
                ? messages.get(result.trust() == TrustClass.HOST_ATTESTED ? "cli.onboard.registeredSensor"
                        : "cli.onboard.registered", name.strip(), result.device(), owner.checksummed(),
                        NetworkNames.of(profile, messages), result.transactionHash().orElseThrow())
                : messages.get("cli.onboard.already", name.strip(), result.device(), owner.checksummed());
        String trust = result.trust() == TrustClass.HOST_ATTESTED
                ? messages.get("cli.onboard.hostAttested") + System.lineSeparator() : "";
        return first + System.lineSeparator() + trust + messages.get(switch (beat) {
            case "accepted" -> "cli.onboard.beat.accepted";
            case "none" -> "cli.onboard.beat.none";
            default -> "cli.onboard.beat.notYet";
        }, beat);
    }

    private static String toJson(OnboardDevice.Result result, String beat) {
        ObjectNode node = JsonMapper.builder().build().createObjectNode()
                .put("device", result.device()).put("trustClass", result.trust().name().toLowerCase(Locale.ROOT))
                .put("status", result.status().name().toLowerCase(Locale.ROOT))
                .put("location", Long.toHexString(result.location())).put("firstHeartbeat", beat);
        node.put("transactionHash", result.transactionHash().orElse(null));
        return node.toString();
    }

    private int refused(OnboardingException e, NetworkProfile profile) {
        Messages messages = context.messages();
        LoggerFactory.getLogger(OnboardCommand.class).warn("Onboarding on {} stopped: {}", port, e.getMessage());
        return switch (e.reason()) {
            case NOT_GENUINE -> device(messages.get("cli.onboard.notGenuine", port));
            case DEVICE_REFUSED -> device(messages.get("cli.onboard.refused", port));
            case OWNED_BY_ANOTHER -> network(messages.get("cli.onboard.ownedByAnother", port));
            case NOT_REGISTERED -> network(messages.get("cli.onboard.notRegistered", NetworkNames.of(profile, messages)));
            case NOT_ENOUGH_FUNDS -> network(messages.get("cli.onboard.notEnoughFunds", e.getMessage()));
            case NOT_RECOGNIZED -> device(messages.get("cli.onboard.notRecognized", port));
        };
    }

    private int chainProblem(Throwable cause, NetworkProfile profile) {
        Messages messages = context.messages();
        LoggerFactory.getLogger(OnboardCommand.class).warn("Onboarding on {} failed", port, cause);
        return network(switch (cause) {
            case RpcException.Reverted reverted -> messages.get("cli.onboard.reverted", reverted.errorName());
            case WrongChainException wrongChain -> messages.get("cli.onboard.wrongChain", NetworkNames.of(profile, messages));
            default -> messages.get("cli.wallet.staking.unreachable", NetworkNames.of(profile, messages));
        });
    }

    private int device(String message) {
        context.err().println(message);
        return EXIT_DEVICE;
    }

    private int network(String message) {
        context.err().println(message);
        return RootCommand.EXIT_NETWORK;
    }

    private static String portProblem(PortOpenException e, Messages messages) {
        return switch (e.reason()) {
            case NOT_FOUND -> messages.get("cli.probe.notFound", e.path());
            case PERMISSION_DENIED -> messages.get("cli.probe.permission", e.path());
            case BUSY -> messages.get("cli.probe.busy", e.path());
            case OTHER -> messages.get("cli.probe.other", e.path());
        };
    }
}
