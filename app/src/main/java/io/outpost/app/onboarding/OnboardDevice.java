package io.outpost.app.onboarding;

import io.outpost.app.transactions.JournalEntry;
import io.outpost.app.transactions.Submitter;
import io.outpost.app.transactions.TransactionJournal;
import io.outpost.app.transactions.TransactionSender;
import io.outpost.crypto.Hex;
import io.outpost.devices.crypto.DeviceAddress;
import io.outpost.devices.odp.Coordinates;
import io.outpost.devices.odp.DeviceConfig;
import io.outpost.devices.odp.Heartbeat;
import io.outpost.devices.odp.Identity;
import io.outpost.devices.odp.Network;
import io.outpost.devices.odp.OdpClient;
import io.outpost.devices.odp.Onboard;
import io.outpost.network.NetworkProfile;
import io.outpost.network.chain.RegistryClient;
import io.outpost.network.oracle.HeartbeatResult;
import io.outpost.network.oracle.OracleClient;
import io.outpost.network.rpc.Fees;
import io.outpost.network.rpc.JsonRpcClient;
import io.outpost.network.rpc.ReceiptPoller.Outcome;
import io.outpost.wallet.tx.SignedTransaction;
import io.outpost.wallet.tx.Transaction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Onboards an ODP device: it proves its key (identify, then an EIP-712 Onboard signature checked here), the
 * owner sends {@code register} (simulated first, recorded before it is broadcast), the receipt must carry the
 * device's {@code DeviceRegistered} event, and the device is told its network and place. Run again, it finds
 * a registration already made, or one already sent, and never sends a second.
 */
public final class OnboardDevice {
    /** How long the device's Onboard signature stays valid: time enough for a slow network to mine it. */
    static final Duration SIGNATURE_VALIDITY = Duration.ofHours(1);
    // What a first registration uses, with room to spare (it writes the entry, the nonce and the owner's list).
    private static final BigInteger REGISTER_GAS_ESTIMATE = BigInteger.valueOf(200_000);

    private final NetworkProfile network;
    private final RegistryClient registry;
    private final TransactionJournal journal;
    private final TransactionSender sender;
    private final Submitter submitter;
    private final Fees fees;
    private final MyDevices myDevices;
    private final H3Cells cells;
    private final OracleClient oracle;
    private final Clock clock;

    public OnboardDevice(NetworkProfile network, JsonRpcClient rpc, TransactionJournal journal, TransactionSender sender,
                         MyDevices myDevices, H3Cells cells, OracleClient oracle, Clock clock) {
        this.network = network;
        this.registry = new RegistryClient(rpc, network.contracts().deviceRegistry());
        this.journal = journal;
        this.sender = sender;
        this.submitter = new Submitter(network.chainId(), sender);
        this.fees = new Fees(rpc);
        this.myDevices = myDevices;
        this.cells = cells;
        this.oracle = oracle;
        this.clock = clock;
    }

    public enum Status { REGISTERED, ALREADY_REGISTERED }

    /** What onboarding did: the device, its proof, the registration's hash (empty when it was registered before). */
    public record Result(String device, TrustClass trust, Status status, Optional<String> transactionHash, long location) {
    }

    /** Where the device stands, as the owner placed it: an H3 cell of resolution 12. */
    public long cellOf(Coordinates where) {
        return cells.cellOf(where);
    }

    /** The whole onboarding in one go, as {@code outpost onboard} runs it. */
    public Result onboard(OdpClient device, String owner, String name, Coordinates where,
                          Function<Transaction, SignedTransaction> signer) throws IOException {
        return complete(device, plan(identify(device), owner, where), name, signer);
    }

    /** Asks the device who it is; one whose public key is not its address's is not genuine and goes no further. */
    public Identity identify(OdpClient device) throws IOException {
        Identity identity = device.identify();
        if (!identity.publicKeyMatchesDevice()) {
            throw new OnboardingException(OnboardingException.Reason.NOT_GENUINE,
                    "the device's public key does not belong to " + identity.device().value());
        }
        return identity;
    }

    /**
     * What registering will be: the device and its owner, the H3 cell, whether it is registered to the owner
     * already (then nothing is sent), and about what the network fee comes to. A device of another owner stops here.
     */
    public Plan plan(Identity identity, String owner, Coordinates where) {
        String ownerAddress = owner.toLowerCase(Locale.ROOT);
        boolean registered = registeredTo(identity.device().value(), ownerAddress);
        BigInteger fee = registered ? BigInteger.ZERO
                : fees.suggest().join().normal().maxFeePerGas().multiply(REGISTER_GAS_ESTIMATE);
        return new Plan(identity, ownerAddress, where, cellOf(where), registered, fee);
    }

    /** A planned onboarding; {@code feeEstimate} is in wei (zero when nothing will be sent). */
    public record Plan(Identity identity, String owner, Coordinates where, long location, boolean alreadyRegistered,
                       BigInteger feeEstimate) {
    }

    /**
     * Registers the device (or follows a registration sent before, or does nothing when it is registered),
     * checks the receipt carries its event, tells the device its network and place, and remembers its name.
     */
    public Result complete(OdpClient device, Plan plan, String name, Function<Transaction, SignedTransaction> signer)
            throws IOException {
        String address = plan.identity().device().value();
        Optional<String> hash = plan.alreadyRegistered() ? Optional.empty()
                : Optional.of(earlierSend(address, plan.owner())
                        .orElseGet(() -> register(device, plan.identity(), plan.owner(), plan.location(), signer)));
        if (hash.isPresent() && !registry.emittedRegistration(hash.get(), address, plan.owner()).join()) {
            throw new OnboardingException(OnboardingException.Reason.NOT_REGISTERED,
                    "the registration " + hash.get() + " did not register " + address);
        }
        device.configure(DeviceConfig.NONE.withNetwork(new Network(network.name(), network.chainId()))
                .withLocation(plan.where()));
        myDevices.save(new MyDevices.MyDevice(address, network.chainId(), plan.owner(), name, TrustClass.HARDWARE_VERIFIED,
                plan.location(), hash));
        return new Result(address, TrustClass.HARDWARE_VERIFIED, hash.isPresent() ? Status.REGISTERED : Status.ALREADY_REGISTERED,
                hash, plan.location());
    }

    /**
     * Takes the device's next heartbeat (waiting at most {@code wait}) to the network's oracle: its answer, or
     * empty when no heartbeat came. Fails as the oracle client fails when the oracle cannot be reached.
     */
    public Optional<HeartbeatResult> firstHeartbeat(OdpClient device, Duration wait) throws IOException {
        Optional<Heartbeat> beat = device.nextHeartbeat(wait);
        if (beat.isEmpty()) {
            return Optional.empty();
        }
        Heartbeat h = beat.get();
        return Optional.of(oracle.postHeartbeats(List.of(new io.outpost.network.oracle.Heartbeat(h.device().value(), h.seq(),
                h.time(), h.uptime(), h.signature()))).join().getFirst());
    }

    /** Whether the device is registered to {@code owner} already; registered to another, onboarding stops. */
    private boolean registeredTo(String device, String owner) {
        Optional<RegistryClient.Device> entry = registry.device(device).join();
        if (entry.isPresent() && !entry.get().owner().equalsIgnoreCase(owner)) {
            throw new OnboardingException(OnboardingException.Reason.OWNED_BY_ANOTHER,
                    device + " is registered to " + entry.get().owner());
        }
        return entry.isPresent();
    }

    /** A registration of this device sent before (by an earlier run that stopped) is followed, never sent again. */
    private Optional<String> earlierSend(String device, String owner) {
        String registryAddress = network.contracts().deviceRegistry().toLowerCase(Locale.ROOT);
        List<JournalEntry> pending = journal.ofAccount(network.chainId(), owner).stream()
                .filter(entry -> entry.state() == JournalEntry.State.PENDING)
                .filter(entry -> entry.to().map(to -> to.equalsIgnoreCase(registryAddress)).orElse(false))
                .filter(entry -> registersDevice(entry, device)).toList();
        if (pending.isEmpty()) {
            return Optional.empty();
        }
        // Broadcast again with the very same bytes and followed until mined: the same transaction, never a second.
        sender.reconcile(network.chainId()).forEach(CompletableFuture::join);
        return Optional.of(pending.getFirst().hash());
    }

    // The call data of register(device, …) holds the device's address as its first argument.
    private static boolean registersDevice(JournalEntry entry, String device) {
        return Hex.encode(entry.raw()).contains(device.substring(2).toLowerCase(Locale.ROOT));
    }

    private String register(OdpClient device, Identity identity, String owner, long location,
                            Function<Transaction, SignedTransaction> signer) {
        String address = identity.device().value();
        BigInteger nonce = registry.nonce(address).join();
        BigInteger deadline = BigInteger.valueOf(clock.instant().plus(SIGNATURE_VALIDITY).getEpochSecond());
        Onboard onboard = Onboard.builder()
                .registry(network.chainId(), DeviceAddress.parse(network.contracts().deviceRegistry()).orElseThrow())
                .device(identity.device()).owner(DeviceAddress.parse(owner).orElseThrow())
                .location(location).nonce(nonce).deadline(deadline).build();
        OdpClient.Signed signed;
        try {
            signed = device.sign(onboard);
        } catch (IOException e) {
            if (e instanceof OdpClient.OdpException odp && odp.refused()) {
                throw new OnboardingException(OnboardingException.Reason.DEVICE_REFUSED, "the device refused to sign");
            }
            // Silent or gone after it had answered: unplugged, most likely. Nothing was signed or sent.
            throw new UncheckedIOException(e);
        }
        if (!signed.verification().verified()) {
            throw new OnboardingException(OnboardingException.Reason.DEVICE_REFUSED,
                    "the device's signature does not check out: " + signed.verification());
        }
        byte[] signature = Hex.decode(signed.signature()).orElseThrow();
        BigInteger gas = registry.registerGas(address, owner, location, deadline, signature).join();
        Submitter.Call call = new Submitter.Call(owner, network.contracts().deviceRegistry(), BigInteger.ZERO,
                registry.registerCallData(address, owner, location, deadline, signature));
        return minedOrFail(submitter.submit(call, gas, fees.suggest().join().normal(), signer).join());
    }

    private static String minedOrFail(Outcome outcome) {
        if (outcome instanceof Outcome.Mined mined && mined.receipt().success()) {
            return mined.receipt().transactionHash();
        }
        throw new OnboardingException(OnboardingException.Reason.NOT_REGISTERED, "the registration ended as " + outcome);
    }
}
