package io.outpost.app;

import io.outpost.app.doctor.Doctor;
import io.outpost.app.doctor.SerialDiagnostics;
import io.outpost.devices.diagnose.ProcessTable;
import io.outpost.devices.diagnose.UsbDevices;
import java.nio.file.Path;
import io.outpost.app.doctor.SystemFacts;
import io.outpost.app.settings.Settings;
import io.outpost.app.settings.SettingsLoad;
import io.outpost.app.settings.SettingsStore;
import io.outpost.app.storage.AppDirectories;
import io.outpost.app.tasks.TaskRunner;
import io.outpost.devices.serial.JSerialCommScanner;
import io.outpost.devices.serial.SerialAccessCheck;
import io.outpost.devices.serial.SerialPortScanner;
import io.outpost.i18n.Language;
import io.outpost.i18n.Messages;
import io.outpost.network.NetworkProfile;
import io.outpost.network.NetworkProfiles;
import io.outpost.app.devices.DeviceDiscovery;
import io.outpost.app.devices.DeviceProbing;
import io.outpost.app.devices.DeviceWatching;
import io.outpost.app.devices.PortMonitoring;
import io.outpost.devices.families.DeviceFamilies;
import io.outpost.devices.probe.DeviceProber;
import io.outpost.devices.serial.JSerialCommPorts;
import io.outpost.app.status.StatusService;
import io.outpost.devices.catalog.UsbCatalog;
import io.outpost.wallet.KeystoreDirectory;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;
import org.slf4j.LoggerFactory;

/**
 * The composition root: builds every service once, with its collaborators passed in through constructors,
 * and hands them to the desktop or a CLI command. Nothing else creates services.
 */
public final class AppServices implements AutoCloseable {
    private static final Path PROC = Path.of("/proc");

    private final AppInfo info;
    private final AppDirectories directories;
    private final SystemFacts facts;
    private final SettingsStore settingsStore;
    private final SettingsLoad initialSettings;
    private final Messages messages;
    private final NetworkProfiles networks = NetworkProfiles.builtIn();
    private final SerialPortScanner serialPorts;
    private final StatusService status;
    private final UsbCatalog catalog;
    private final DeviceDiscovery discovery;
    private final DeviceProbing probing;
    private final DeviceFamilies families;
    private final DeviceWatching watching;
    private final PortMonitoring monitoring;
    private final ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();
    // One daemon thread for periodic work (the hot-plug poll), so it never keeps the app from exiting.
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("outpost-scheduler").daemon().factory());

    public AppServices(AppInfo info, AppDirectories directories, SystemFacts facts, Clock clock) {
        this(info, directories, facts, clock, Messages::new);
    }

    /** @param messagesFor makes the facade for the language the settings ask for (tests pass a pseudo-locale) */
    public AppServices(AppInfo info, AppDirectories directories, SystemFacts facts, Clock clock,
                       Function<Language, Messages> messagesFor) {
        this.info = info;
        this.directories = directories;
        this.facts = facts;
        this.settingsStore = new SettingsStore(directories.settingsFile(), clock);
        this.initialSettings = settingsStore.load();
        this.messages = messagesFor.apply(languageFor(initialSettings.settings(), Locale.getDefault()));
        this.serialPorts = new JSerialCommScanner(facts.osName());
        this.status = new StatusService(serialPorts, new KeystoreDirectory(directories.keystores()));
        this.catalog = UsbCatalog.withUserFile(directories.config().resolve("usb-catalog.json"));
        this.discovery = new DeviceDiscovery(serialPorts, catalog);
        this.families = new DeviceFamilies();
        JSerialCommPorts ports = new JSerialCommPorts();
        this.probing = new DeviceProbing(serialPorts, catalog,
                new DeviceProber(ports, families::recognizers, families.identifiers()), new ProcessTable(PROC));
        this.watching = new DeviceWatching(ports, families);
        this.monitoring = new PortMonitoring(serialPorts, discovery, scheduler);
        LoggerFactory.getLogger(AppServices.class).info("{} {} started on Java {}; data folder {}",
                info.name(), info.version(), facts.javaVersion(), directories.data());
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

    /** The network with this id, or the default one for an id this version does not know. */
    public NetworkProfile network(String id) {
        return networks.byIdOrDefault(id);
    }

    public StatusService status() {
        return status;
    }

    public DeviceDiscovery discovery() {
        return discovery;
    }

    public DeviceProbing probing() {
        return probing;
    }

    public DeviceFamilies families() {
        return families;
    }

    public DeviceWatching watching() {
        return watching;
    }

    public PortMonitoring monitoring() {
        return monitoring;
    }

    public Doctor doctor(Messages language) {
        SerialDiagnostics diagnostics = new SerialDiagnostics(language, new ProcessTable(PROC),
                new UsbDevices(Path.of("/sys/bus/usb/devices")), catalog);
        return new Doctor(language, facts, directories, serialPorts, SerialAccessCheck.forThisProcess(facts.userName()),
                diagnostics);
    }

    /** A runner whose results arrive on {@code ui}, the desktop's UI thread. */
    public TaskRunner taskRunner(Executor ui) {
        return new TaskRunner(background, ui);
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        background.shutdownNow();
    }
}
