package io.outpost.app.onboarding;

import io.outpost.app.transactions.JournalEntry;
import io.outpost.app.transactions.Submitter;
import io.outpost.app.transactions.TransactionJournal;
import io.outpost.app.transactions.TransactionSender;
import io.outpost.app.wallet.WalletSession;
import io.outpost.crypto.Hex;
import io.outpost.devices.crypto.DeviceAddress;
import io.outpost.devices.odp.Coordinates;
import io.outpost.devices.odp.Heartbeat;
import io.outpost.devices.odp.Network;
import io.outpost.devices.odp.Onboard;
import io.outpost.network.NetworkProfile;
import io.outpost.network.chain.RegistryClient;
import io.outpost.network.oracle.HeartbeatResult;
import io.outpost.network.oracle.OracleClient;
import io.outpost.network.rpc.Eth;
import io.outpost.network.rpc.Fees;
import io.outpost.network.rpc.JsonRpcClient;
import io.outpost.network.rpc.ReceiptPoller.Outcome;
import io.outpost.wallet.tx.SignedTransaction;
import io.outpost.wallet.tx.Transaction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
    private static final Logger LOG = LoggerFactory.getLogger(OnboardDevice.class);

    private final NetworkProfile network;
    private final JsonRpcClient rpc;
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
        this.rpc = rpc;
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
    public Result onboard(OnboardingDevice device, String owner, String name, Coordinates where,
                          Function<Transaction, SignedTransaction> signer) throws IOException {
        return complete(device, plan(device, owner, where), name, signer);
    }

    /**
     * What registering will be: the device and its owner, the H3 cell, whether it is registered to the owner
     * already (then nothing is sent), about what the network fee comes to and how much of it the owner lacks.
     * A device of another owner stops here. A sensor's address is empty while the owner's wallet is locked.
     */
    public Plan plan(OnboardingDevice device, String owner, Coordinates where) {
        String ownerAddress = owner.toLowerCase(Locale.ROOT);
        Optional<String> address = addressFor(device, ownerAddress);
        boolean registered = address.isPresent() && registeredTo(address.get(), ownerAddress);
        BigInteger fee = registered ? BigInteger.ZERO
                : fees.suggest().join().normal().maxFeePerGas().multiply(REGISTER_GAS_ESTIMATE);
        long cell = cellOf(where);
        return new Plan(device.facts(), address, ownerAddress, where, cell, registered, fee,
                fee.subtract(balanceOf(ownerAddress)).max(BigInteger.ZERO), area(cell, registered));
    }

    /**
     * How crowded the device's coverage area is, from the oracle's count for the open epoch: the other devices
     * there and the density scale the device's rewards get once it counts too. Empty when the oracle cannot say.
     */
    private Optional<Area> area(long cell, boolean counted) {
        String area = cells.areaOf(cell);
        try {
            long epoch = oracle.health().join().epoch();
            int devices = oracle.coverage(epoch).join().cells().stream().filter(c -> c.cell().equals(area))
                    .mapToInt(io.outpost.network.oracle.Coverage.Cell::devices).findFirst().orElse(0);
            int others = counted ? Math.max(0, devices - 1) : devices;
            return Optional.of(new Area(area, others, 1 / Math.sqrt(others + 1.0)));
        } catch (CompletionException e) {
            LOG.info("The oracle could not say how crowded {} is: {}", area, e.getCause().toString());
            return Optional.empty();
        }
    }

    /** A coverage area: its H3 cell (resolution 8), the other devices in it, the density scale 1/√(others + 1). */
    public record Area(String cell, int others, double scale) {
    }

    /**
     * A planned onboarding. {@code feeEstimate} and {@code missing} (what the owner lacks to pay it) are in wei,
     * zero when nothing will be sent; {@code device} is empty for a sensor until the owner's wallet is open;
     * {@code area} is how crowded its coverage area is (empty when the oracle cannot be asked).
     */
    public record Plan(DeviceFacts facts, Optional<String> device, String owner, Coordinates where, long location,
                       boolean alreadyRegistered, BigInteger feeEstimate, BigInteger missing, Optional<Area> area) {
    }

    /**
     * Registers the device (or follows a registration sent before, or does nothing when it is registered),
     * checks the receipt carries its event, tells the device its network and place, and remembers it.
     */
    public Result complete(OnboardingDevice device, Plan plan, String name, Function<Transaction, SignedTransaction> signer)
            throws IOException {
        String address = device.address(plan.owner());
        // Asked again: time passed since the review, and a sensor's address may only be known now.
        Optional<String> hash = registeredTo(address, plan.owner()) ? Optional.empty()
                : Optional.of(earlierSend(address, plan.owner())
                        .orElseGet(() -> register(device, address, plan.owner(), plan.location(), signer)));
        if (hash.isPresent() && !registry.emittedRegistration(hash.get(), address, plan.owner()).join()) {
            throw new OnboardingException(OnboardingException.Reason.NOT_REGISTERED,
                    "the registration " + hash.get() + " did not register " + address);
        }
        device.configure(new Network(network.name(), network.chainId()), plan.where());
        TrustClass trust = device.facts().trust();
        myDevices.save(new MyDevices.MyDevice(address, network.chainId(), plan.owner(), name, trust, plan.location(), hash,
                Optional.of(new MyDevices.Attachment(device.port(), device.facts().family(), device.hardwareId()))));
        return new Result(address, trust, hash.isPresent() ? Status.REGISTERED : Status.ALREADY_REGISTERED, hash,
                plan.location());
    }

    /**
     * Takes the device's next heartbeat (waiting at most {@code wait}) to the network's oracle: its answer, or
     * empty when no heartbeat came. Fails as the oracle client fails when the oracle cannot be reached.
     */
    public Optional<HeartbeatResult> firstHeartbeat(OnboardingDevice device, String owner, Duration wait) throws IOException {
        Optional<Heartbeat> beat = device.nextHeartbeat(owner.toLowerCase(Locale.ROOT), wait);
        if (beat.isEmpty()) {
            return Optional.empty();
        }
        Heartbeat h = beat.get();
        return Optional.of(oracle.postHeartbeats(List.of(new io.outpost.network.oracle.Heartbeat(h.device().value(), h.seq(),
                h.time(), h.uptime(), h.signature()))).join().getFirst());
    }

    private static Optional<String> addressFor(OnboardingDevice device, String owner) {
        try {
            return Optional.of(device.address(owner));
        } catch (WalletSession.LockedException e) {
            return Optional.empty();
        }
    }

    private BigInteger balanceOf(String owner) {
        return Eth.quantity(rpc.call("eth_getBalance", owner, "latest").join());
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

    // The device signs the Onboard message once the owner can pay; unplugged mid-way, nothing was sent.
    private String register(OnboardingDevice device, String address, String owner, long location,
                            Function<Transaction, SignedTransaction> signer) {
        BigInteger nonce = registry.nonce(address).join();
        BigInteger deadline = BigInteger.valueOf(clock.instant().plus(SIGNATURE_VALIDITY).getEpochSecond());
        var fee = fees.suggest().join().normal();
        BigInteger missing = fee.maxFeePerGas().multiply(REGISTER_GAS_ESTIMATE).subtract(balanceOf(owner));
        if (missing.signum() > 0) {
            throw new OnboardingException(OnboardingException.Reason.NOT_ENOUGH_FUNDS,
                    new BigDecimal(missing).movePointLeft(18).stripTrailingZeros().toPlainString());
        }
        Onboard onboard = Onboard.builder()
                .registry(network.chainId(), DeviceAddress.parse(network.contracts().deviceRegistry()).orElseThrow())
                .device(DeviceAddress.parse(address).orElseThrow()).owner(DeviceAddress.parse(owner).orElseThrow())
                .location(location).nonce(nonce).deadline(deadline).build();
        byte[] signature;
        try {
            signature = Hex.decode(device.sign(onboard, owner)).orElseThrow(() -> new OnboardingException(
                    OnboardingException.Reason.DEVICE_REFUSED, "the device's signature is not hex"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        BigInteger gas = registry.registerGas(address, owner, location, deadline, signature).join();
        Submitter.Call call = new Submitter.Call(owner, network.contracts().deviceRegistry(), BigInteger.ZERO,
                registry.registerCallData(address, owner, location, deadline, signature));
        return minedOrFail(submitter.submit(call, gas, fee, signer).join());
    }

    private static String minedOrFail(Outcome outcome) {
        if (outcome instanceof Outcome.Mined mined && mined.receipt().success()) {
            return mined.receipt().transactionHash();
        }
        throw new OnboardingException(OnboardingException.Reason.NOT_REGISTERED, "the registration ended as " + outcome);
    }
}
