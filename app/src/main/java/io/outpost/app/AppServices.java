package io.outpost.app;

import io.outpost.app.alerts.AlertLog;
import io.outpost.app.coverage.MapTiles;
import io.outpost.app.dashboard.Dashboards;
import io.outpost.app.devices.DeviceServices;
import io.outpost.app.doctor.Doctor;
import io.outpost.app.doctor.SerialDiagnostics;
import io.outpost.devices.diagnose.ProcessTable;
import io.outpost.devices.diagnose.UsbDevices;
import java.nio.file.Path;
import io.outpost.app.doctor.SystemFacts;
import io.outpost.app.settings.Settings;
import io.outpost.app.settings.StreetMap;
import io.outpost.app.settings.SettingsLoad;
import io.outpost.app.settings.SettingsStore;
import io.outpost.app.storage.AppDirectories;
import io.outpost.app.tasks.TaskRunner;
import io.outpost.app.updates.UpdateChecker;
import io.outpost.app.updates.UpdateWatch;
import io.outpost.devices.serial.SerialAccessCheck;
import io.outpost.i18n.Language;
import io.outpost.i18n.Messages;
import io.outpost.app.status.StatusService;
import io.outpost.wallet.Wallet;
import io.outpost.wallet.keys.Address;
import io.outpost.app.wallet.WalletActions;
import io.outpost.app.wallet.WalletService;
import io.outpost.app.wallet.WalletSession;
import io.outpost.network.NetworkProfile;
import java.security.SecureRandom;
import io.outpost.app.relay.AttachedDeviceRelay;
import io.outpost.app.history.HistoryRecorder;
import io.outpost.app.history.HistoryStore;
import io.outpost.app.onboarding.H3Cells;
import io.outpost.app.onboarding.MyDevices;
import io.outpost.app.onboarding.OnboardDevice;
import io.outpost.app.onboarding.OnboardingProgress;
import io.outpost.app.onboarding.DeviceConnector;
import io.outpost.app.onboarding.OnboardingSession;
import io.outpost.app.relay.SensorAttestation;
import io.outpost.app.transactions.TransactionJournal;
import io.outpost.app.relay.HeartbeatQueue;
import io.outpost.app.relay.HeartbeatRelay;
import io.outpost.app.relay.OnboardedDevices;
import io.outpost.app.relay.OracleUplink;
import io.outpost.app.storage.LocalDatabase;
import io.outpost.devices.odp.OdpMessage;
import io.outpost.app.networks.Networks;
import io.outpost.network.ProfileStore;
import io.outpost.network.http.Http;
import io.outpost.network.rpc.JsonRpcClient;
import io.outpost.network.oracle.OracleClient;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.LoggerFactory;

/**
 * The composition root: builds every service once, with its collaborators passed in through constructors,
 * and hands them to the desktop or a CLI command. Nothing else creates services.
 */
public final class AppServices implements AutoCloseable {
    private static final Path PROC = Path.of("/proc");
    // The oracle's 110 s window of hundreds of devices beating at their fastest (every 5 s).
    private static final int RELAY_CAPACITY = 10_000;
    private static final Duration RELAY_INTERVAL = Duration.ofSeconds(5);
    private static final Duration WALLET_IDLE_CHECK = Duration.ofSeconds(5);

    private final AppInfo info;
    private final AppDirectories directories;
    private final SystemFacts facts;
    private final SettingsStore settingsStore;
    private final SettingsLoad initialSettings;
    private final Messages messages;
    private final Networks networks;
    private final Clock clock;
    private final WalletService wallet;
    private final WalletSession walletSession;
    private final WalletActions walletActions;
    private final ChainServices chain;
    private HttpClient http;
    private LocalDatabase database;
    private TransactionJournal journal;
    private HeartbeatRelay relay;
    private HistoryRecorder historyRecorder;
    private MapTiles mapTiles;
    private final Dashboards dashboards;
    private volatile boolean relaying;
    private final AttachedDeviceRelay attachedDevices;
    private final OnboardedDevices onboarded;
    private final H3Cells cells = new H3Cells();
    private final DeviceServices devices;
    private final StatusService status;
    private final UpdateWatch updates;
    // Platform threads, not virtual ones: probing a port blocks in jSerialComm's native code for seconds,
    // which would pin a virtual thread's carrier (two of them on a two-core machine).
    private final ExecutorService background = Executors.newCachedThreadPool(
            Thread.ofPlatform().name("outpost-background-", 0).daemon().factory());
    // One daemon thread for periodic work (the hot-plug poll), so it never keeps the app from exiting.
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("outpost-scheduler").daemon().factory());

    public AppServices(AppInfo info, AppDirectories directories, SystemFacts facts, Clock clock) {
        this(info, directories, facts, clock, Messages::new, Wallet::standard);
    }

    public AppServices(AppInfo info, AppDirectories directories, SystemFacts facts, Clock clock,
                       Function<Language, Messages> messagesFor) {
        this(info, directories, facts, clock, messagesFor, Wallet::standard);
    }

    /**
     * @param messagesFor makes the facade for the language the settings ask for (tests pass a pseudo-locale)
     * @param walletIn    opens the wallet in a folder: {@link Wallet#standard} everywhere but in tests, which
     *                    pass a light scrypt cost to stay fast
     */
    public AppServices(AppInfo info, AppDirectories directories, SystemFacts facts, Clock clock,
                       Function<Language, Messages> messagesFor, Function<Path, Wallet> walletIn) {
        this.info = info;
        this.directories = directories;
        this.facts = facts;
        this.clock = clock;
        this.wallet = new WalletService(walletIn.apply(directories.keystores()), new SecureRandom());
        this.settingsStore = new SettingsStore(directories.settingsFile(), clock);
        this.initialSettings = settingsStore.load();
        this.messages = messagesFor.apply(languageFor(initialSettings.settings(), Locale.getDefault()));
        this.walletSession = new WalletSession(wallet, initialSettings.settings().autoLock());
        this.devices = new DeviceServices(facts.osName(), directories.config().resolve("usb-catalog.json"), PROC, scheduler,
                frame -> {
                    if (relaying && frame instanceof OdpMessage.Notification) {
                        relay().offer(frame);
                        historyRecorder().frame(frame);
                    }
                });
        this.status = new StatusService(devices.scanner(), walletSession::state);
        this.chain = new ChainServices(this::http, this::journal, clock);
        this.networks = new Networks(new ProfileStore(directories.networks()), settingsStore,
                initialSettings.settings().networkId(), chain::rpcOn);
        this.walletActions = new WalletActions(wallet, walletSession, networks::active, chain);
        this.attachedDevices = new AttachedDeviceRelay(devices.watching());
        this.onboarded = new OnboardedDevices(() -> new MyDevices(database()).on(networks.active().chainId()),
                attachedDevices, new SensorAttestation(devices.watching(), devices.families()::lineSettings,
                (owner, hardwareId) -> walletSession.hostKey(new Address(owner), hardwareId),
                heartbeat -> relay().offer(heartbeat), clock));
        this.dashboards = new Dashboards(networks::active, chainId -> new MyDevices(database()).on(chainId),
                this::historyRecorder, (profile, owners) -> chain.balances(profile).of(owners.stream()
                .map(Address::new).toList()).join(), cells::areaOf, () -> new AlertLog(database()), this::activeOracle, clock);
        dashboards.follow(initialSettings.settings());
        this.updates = new UpdateWatch(info.version(), info.releaseFeed(),
                () -> settingsStore.load().settings().updates(), new UpdateChecker(this::http,
                UpdateChecker.userAgent(info.name(), info.version()), UpdateChecker.TIMEOUT), scheduler, background);
        LoggerFactory.getLogger(AppServices.class).info("{} {} started on Java {}; data folder {}",
                info.name(), info.version(), facts.javaVersion(), directories.data());
    }

    // Made on first use: a new client loads the system's trusted certificates, which the window does not wait for.
    private synchronized HttpClient http() {
        if (http == null) {
            http = Http.newClient(Duration.ofSeconds(10));
        }
        return http;
    }

    /** The language a setting asks for: a shipped language by tag, or the one closest to the computer's. */
    public static Language languageFor(Settings settings, Locale system) {
        return Language.byTag(settings.language()).orElseGet(() -> Language.closestTo(system));
    }

    public AppInfo info() {
        return info;
    }

    public AppDirectories directories() {
        return directories;
    }

    public SettingsStore settingsStore() {
        return settingsStore;
    }

    public SettingsLoad initialSettings() {
        return initialSettings;
    }

    public Messages messages() {
        return messages;
    }

    /** The installed networks and the active one; every lookup of the active network goes through here. */
    public Networks networks() {
        return networks;
    }

    /** The user's wallet in {@code <data>/wallets}. */
    public WalletService wallet() {
        return wallet;
    }

    /** The desktop's unlock session: the keys while unlocked, and who to tell when it locks. */
    public WalletSession walletSession() {
        return walletSession;
    }

    /** What the wallet screens do, on the active network, signing through {@link #walletSession()}. */
    public WalletActions walletActions() {
        return walletActions;
    }

    /** Checks every few seconds whether the unlocked wallet has locked itself, so the screens follow. */
    public ScheduledFuture<?> watchWalletIdle() {
        return scheduler.scheduleWithFixedDelay(walletSession::checkIdle, WALLET_IDLE_CHECK.toSeconds(),
                WALLET_IDLE_CHECK.toSeconds(), TimeUnit.SECONDS);
    }

    /**
     * The heartbeat relay, created on first use (it opens the app's database, which commands that never see
     * a device do not need). It delivers to the oracle of the network active when each batch goes out.
     */
    public synchronized HeartbeatRelay relay() {
        if (relay == null) {
            relay = new HeartbeatRelay(new HeartbeatQueue(database(), RELAY_CAPACITY), new OracleUplink(this::activeOracle), clock);
        }
        return relay;
    }

    /** Onboarding devices to {@code network}: registration through the journal, devices remembered by name. */
    public OnboardDevice onboarding(NetworkProfile network) {
        JsonRpcClient rpc = chain.rpcOf(network);
        return new OnboardDevice(network, rpc, journal(), chain.senderOn(rpc), new MyDevices(database()), cells,
                chain.oracleOf(network), clock);
    }

    /** What the app does on a network's chain and oracle: balances, claims, staking, sending, history, fees. */
    public ChainServices chain() {
        return chain;
    }

    /** A new hold on one device for the onboarding wizard, on the active network; close it when done. */
    public OnboardingSession onboardingSession() {
        return new OnboardingSession(deviceConnector(), networks::active, this::onboarding, wallet, walletSession,
                () -> new OnboardingProgress(database()), device -> historyRecorder().firstHeartbeat(device));
    }

    /** Finds out what is on a port and opens it for onboarding (an ODP device or a sensor). */
    public DeviceConnector deviceConnector() {
        return new DeviceConnector(devices.ports(), devices.probing(), devices.watchingForUser(), clock);
    }

    /** Listing, naming, identifying, opening and following serial devices. */
    public DeviceServices devices() {
        return devices;
    }

    // One journal for the run: its constructor creates or migrates the table, once.
    private synchronized TransactionJournal journal() {
        if (journal == null) {
            journal = new TransactionJournal(database());
        }
        return journal;
    }

    // Opened on first use: commands that neither relay nor send never touch it.
    private synchronized LocalDatabase database() {
        if (database == null) {
            database = LocalDatabase.open(directories.database());
        }
        return database;
    }

    // Made for each batch (a few small objects every few seconds at most) rather than kept: so a network
    // chosen with Networks.use later in this run gets the next batch, with no cache to go stale.
    private OracleClient activeOracle() {
        return chain.oracleOf(networks.active());
    }

    /** Keeps the devices onboarded here earning (relay ports, sensors' heartbeats) once relaying has started. */
    public OnboardedDevices onboardedDevices() {
        return onboarded;
    }


    /** Listens to plugged-in Outpost devices for the relay; feed it the hot-plug monitor's lists. */
    public AttachedDeviceRelay attachedDevices() {
        return attachedDevices;
    }

    /**
     * From now on, heartbeats heard by any device session are queued and delivered every few seconds, off the
     * UI thread (until then sessions only show them); cancel the future to stop delivering.
     */
    public ScheduledFuture<?> startRelaying() {
        ScheduledFuture<?> started = relay().start(scheduler, background, RELAY_INTERVAL);
        relaying = true;
        onboarded.start(scheduler, background); // stops with the scheduler, when the app closes
        relay().addAcceptedListener(historyRecorder()::accepted);
        onboarded.addReadingListener(historyRecorder()::sensorRead);
        historyRecorder().start(scheduler, background);
        dashboards.startAlerts(scheduler, background);
        return started;
    }

    /** The fleet overview, a device's page and the offline alerts, for the active network. */
    public Dashboards dashboards() {
        return dashboards;
    }

    /** The street map's tiles when the setting is on (one fetcher per tile server, cached in {@code cache/map-tiles}). */
    public synchronized Optional<MapTiles> mapTiles(StreetMap setting) {
        if (!setting.enabled()) {
            return Optional.empty();
        }
        if (mapTiles == null || !mapTiles.template().equals(setting.tiles())) {
            mapTiles = new MapTiles(setting.tiles(), MapTiles.userAgent(info.name(), info.version()),
                    directories.cache().resolve("map-tiles"), MapTiles.CACHE_BYTES, http(), background, clock);
        }
        return Optional.of(mapTiles);
    }

    /** The local history ({@code <data>/history.db}) and what feeds it, opened on first use. */
    public synchronized HistoryRecorder historyRecorder() {
        if (historyRecorder == null) {
            historyRecorder = new HistoryRecorder(HistoryStore.open(directories.history(), clock,
                    () -> settingsStore.load().settings().historyRetentionDays()), networks::active,
                    () -> new MyDevices(database()).on(networks.active().chainId()), chain::oracleOf, chain::history, clock);
        }
        return historyRecorder;
    }

    /** Checks for a newer version of Outpost, once started by the desktop (never in a development build). */
    public UpdateWatch updates() {
        return updates;
    }

    public StatusService status() {
        return status;
    }

    public Doctor doctor(Messages language) {
        SerialDiagnostics diagnostics = new SerialDiagnostics(language, new ProcessTable(PROC),
                new UsbDevices(Path.of("/sys/bus/usb/devices")), devices.catalog());
        return new Doctor(language, facts, directories, devices.scanner(), SerialAccessCheck.forThisProcess(facts.userName()),
                diagnostics);
    }

    /** A runner whose results arrive on {@code ui}, the desktop's UI thread. */
    public TaskRunner taskRunner(Executor ui) {
        return new TaskRunner(background, ui);
    }

    @Override
    public void close() {
        walletSession.lock();
        scheduler.shutdownNow();
        onboarded.close();
        attachedDevices.close();
        background.shutdownNow();
        synchronized (this) {
            if (database != null) {
                database.close();
            }
            if (historyRecorder != null) {
                historyRecorder.history().close();
            }
        }
    }
}
