package io.outpost.views.shell;

import io.outpost.views.common.SettingsKeeper;
import io.outpost.app.AppServices;
import io.outpost.app.devices.PortMonitoring;
import io.outpost.app.settings.StreetMap;
import io.outpost.app.settings.WindowBounds;
import io.outpost.app.tasks.TaskRunner;
import io.outpost.i18n.Messages;
import io.outpost.views.common.ScreenView;
import io.outpost.app.alerts.Alert;
import io.outpost.app.dashboard.DailySummary;
import io.outpost.app.dashboard.Dashboards;
import io.outpost.views.common.Notice;
import io.outpost.views.dashboard.DailySummaryNotice;
import io.outpost.app.dashboard.MoneyInput;
import io.outpost.views.dashboard.DashboardView;
import io.outpost.views.dashboard.DashboardViewModel;
import io.outpost.views.dashboard.DeviceDetailViewModel;
import io.outpost.views.dashboard.PaybackViewModel;
import io.outpost.views.devices.DevicesView;
import io.outpost.views.devices.DevicesViewModel;
import io.outpost.views.map.CoverageMapView;
import io.outpost.views.map.CoverageMapViewModel;
import io.outpost.views.map.MapResources;
import io.outpost.views.map.PlacePicker;
import io.outpost.views.settings.SettingsView;
import io.outpost.views.settings.SettingsViewModel;
import io.outpost.app.wallet.WalletActions;
import io.outpost.app.wallet.WalletSession;
import io.outpost.views.common.ClipboardGuard;
import io.outpost.views.common.FxClipboard;
import io.outpost.app.onboarding.OnboardingSession;
import io.outpost.views.onboarding.OnboardingView;
import io.outpost.views.onboarding.OnboardingViewModel;
import io.outpost.views.wallet.HistoryViewModel;
import io.outpost.views.wallet.OverviewViewModel;
import io.outpost.views.wallet.SendViewModel;
import io.outpost.views.wallet.SetupViewModel;
import io.outpost.views.wallet.StakeViewModel;
import io.outpost.views.wallet.UnlockViewModel;
import io.outpost.views.wallet.WalletSettingsViewModel;
import io.outpost.views.wallet.WalletView;
import io.outpost.views.wallet.WalletViewModel;
import io.outpost.wallet.WalletState;
import java.net.URI;
import java.security.SecureRandom;
import io.outpost.app.updates.Release;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Consumer;
import org.slf4j.LoggerFactory;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.geometry.NodeOrientation;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The main window: wires the ViewModels from the app's services, shows the shell on the stage, re-renders
 * it when the language changes (mirrored for right-to-left languages) and remembers size, position and
 * the last screen.
 */
public final class MainWindow {
    static final double DEFAULT_WIDTH = 1120;
    static final double DEFAULT_HEIGHT = 720;
    private static final javafx.util.Duration AFTER_FIRST_FRAME = javafx.util.Duration.millis(300);
    // The window's icon in the sizes window managers and task bars pick from (drawn from installers/src/icon).
    private static final List<Integer> ICON_SIZES = List.of(16, 32, 48, 64, 128, 256);

    private final Stage stage;
    private final Messages messages;
    private final SettingsKeeper settings;
    private final ShellViewModel shell;
    private final DashboardViewModel dashboard;
    private final DeviceDetailViewModel deviceDetail;
    private final PaybackViewModel payback;
    private Optional<TrayNotifier> tray = Optional.empty();
    private final DevicesViewModel devices;
    private final WalletViewModel wallet;
    private final SettingsViewModel settingsScreen;
    private final UpdateNoticeViewModel updateNotice;
    private final Consumer<Release> updateListener;
    private final OnboardingSession onboardingSession;
    private final OnboardingViewModel onboarding;
    private final TaskRunner tasks;
    private final PortMonitoring monitoring;
    private final AppServices services;
    private ScheduledFuture<?> hotPlug;
    private volatile ScheduledFuture<?> relaying;
    private final Consumer<Messages> languageListener = m -> Platform.runLater(this::render);
    // The session tells from whichever thread locked or unlocked it; the shell hears it on the UI thread.
    private final Consumer<WalletState> walletListener;
    private final ClipboardGuard clipboard = FxClipboard.guard();
    private ScheduledFuture<?> walletIdle;
    // The coverage map (issue 7): the basemap and H3 are loaded once, for the map screen and the place picker.
    private final MapResources maps;
    private final CoverageMapViewModel coverage;

    /** @param browser opens a web address in the user's browser (the release page of a new version) */
    public MainWindow(Stage stage, AppServices services, TaskRunner tasks, ThemeApplier theme, Consumer<URI> browser) {
        this.stage = stage;
        this.services = services;
        this.messages = services.messages();
        var notices = ShellViewModel.newNoticeList();
        ShellViewModel.addStartupNotices(services.initialSettings(), notices);
        this.settings = new SettingsKeeper(services.settingsStore(), services.initialSettings().settings(), tasks,
                notices::add);
        var network = services.networks().active();
        this.shell = new ShellViewModel(tasks, settings, notices, services.status(), network);
        this.updateNotice = new UpdateNoticeViewModel(settings, services.info().version(), browser);
        this.updateListener = release -> tasks.onUi(() -> updateNotice.offer(release));
        this.dashboard = new DashboardViewModel(tasks, () -> services.dashboards().fleet().local(),
                fleet -> services.dashboards().fleet().withChainFigures(fleet),
                services.dashboards()::export, Clock.systemUTC());
        this.deviceDetail = new DeviceDetailViewModel(tasks, services.dashboards().device(), Clock.systemUTC());
        this.payback = new PaybackViewModel(tasks, services.dashboards()::paybacks, messages::locale,
                MoneyInput.defaultCurrency(Locale.getDefault(Locale.Category.FORMAT), messages.locale()));
        this.devices = new DevicesViewModel(FXCollections.observableArrayList());
        this.tasks = tasks;
        this.walletListener = state -> tasks.onUi(() -> shell.walletChanged(state));
        this.monitoring = services.devices().monitoring();
        this.wallet = new WalletViewModel(shell.walletStateProperty(), walletPages(services, tasks, settings));
        this.onboardingSession = services.onboardingSession();
        this.onboarding = new OnboardingViewModel(onboardingSession, tasks, devices.plugged(), shell.walletStateProperty(),
                () -> services.doctor(messages).run());
        this.settingsScreen = new SettingsViewModel(settings, messages, theme::apply, Locale.getDefault(),
                services.directories().data(), services.dashboards()::follow);
        theme.apply(settings.current().theme());
        this.maps = new MapResources(tasks, () -> {
            StreetMap setting = settings.current().streetMap();
            return services.mapTiles(setting).map(tiles -> MapResources.streetTiles(tiles, setting.attribution(), tasks));
        });
        this.coverage = new CoverageMapViewModel(maps, () -> services.dashboards().coverage().read());
    }

    private static WalletViewModel.WalletPages walletPages(AppServices services, TaskRunner tasks, SettingsKeeper settings) {
        WalletSession session = services.walletSession();
        WalletActions actions = services.walletActions();
        return new WalletViewModel.WalletPages(
                new SetupViewModel(services.wallet(), session, tasks, new SecureRandom()),
                new UnlockViewModel(session, tasks),
                new OverviewViewModel(actions, session, tasks),
                new StakeViewModel(actions, tasks),
                new SendViewModel(actions, tasks),
                new HistoryViewModel(actions, tasks),
                new WalletSettingsViewModel(services.wallet(), session, settings, tasks));
    }

    public SettingsKeeper settings() {
        return settings;
    }

    /** The notice of a new version (shown once a check found one). */
    public UpdateNoticeViewModel updateNotice() {
        return updateNotice;
    }

    public ShellViewModel shell() {
        return shell;
    }

    /** The dashboard's figures (read when the dashboard is shown). */
    public DashboardViewModel dashboard() {
        return dashboard;
    }

    public void show() {
        stage.setMinWidth(WindowBounds.MIN_WIDTH);
        stage.setMinHeight(WindowBounds.MIN_HEIGHT);
        stage.setScene(new Scene(new Pane(), DEFAULT_WIDTH, DEFAULT_HEIGHT));
        stage.getScene().getStylesheets().add(Objects.requireNonNull(MainWindow.class.getResource("shell.css")).toExternalForm());
        render();
        settings.current().windowBounds().ifPresent(this::restore);
        messages.addLanguageListener(languageListener);
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> close());
        stage.show();
        shell.refresh();
        services.walletSession().addListener(walletListener);
        services.updates().addListener(updateListener); // the checks start from the launcher, a while after this
        services.onboardedDevices().addListener(beat -> tasks.onUi(() -> shell.sensorsWaiting(beat.waitingForWallet())));
        afterFirstFrame(stage.getScene(), () -> {
            if (stage.isShowing()) {
                startBackgroundWork();
            }
        });
    }

    /**
     * Runs {@code then} a moment after the scene's first frame: on two cores, what the first frame does not need
     * (AWT's tray, the relay's database, the hot-plug scan, the network check) would otherwise take the CPU from it.
     */
    private static void afterFirstFrame(Scene scene, Runnable then) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            PauseTransition settle = new PauseTransition(AFTER_FIRST_FRAME);
            settle.setOnFinished(e -> then.run());
            settle.play();
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    private void startBackgroundWork() {
        stage.getIcons().setAll(ICON_SIZES.stream().map(size -> new Image(Objects.requireNonNull(
                MainWindow.class.getResource("icons/outpost-" + size + ".png")).toExternalForm())).toList());
        // The alerts open the history and the tray starts AWT: both off the UI thread.
        tasks.run(() -> {
            Dashboards dashboards = services.dashboards();
            dashboards.historySetAside().ifPresent(aside -> tasks.onUi(() -> shell.historySetAside(aside)));
            dashboards.alerts().addListener(alert -> tasks.onUi(() -> told(alert)));
            dashboards.summaries().addListener(summary -> tasks.onUi(() -> told(summary)));
            return TrayNotifier.install(messages.get("tray.tooltip"));
        }, installed -> tray = installed, e -> LoggerFactory.getLogger(MainWindow.class).warn("Alerts could not start", e));
        walletIdle = services.watchWalletIdle();
        onboarding.resume();
        shell.checkNetwork(network -> services.networks().check(network.id()));
        hotPlug = monitoring.start(ports -> {
            services.attachedDevices().plugged(ports);
            tasks.onUi(() -> devices.plugged().setAll(ports));
        });
        // Opening the relay's database is I/O: never on the UI thread.
        tasks.run(services::startRelaying, started -> relaying = started,
                e -> LoggerFactory.getLogger(MainWindow.class).warn("The heartbeat relay could not start", e));
    }

    private void render() {
        Map<Screen, ScreenView> built = new EnumMap<>(Screen.class);
        ShellView view = new ShellView(shell, updateNotice, messages, screen -> built.computeIfAbsent(screen, this::build));
        // Before the new root: turning the scene over restyles all it holds, so not a whole screen for nothing.
        stage.getScene().setNodeOrientation(messages.rightToLeft() ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        stage.getScene().setRoot(view.root());
        stage.setTitle(messages.get("app.title"));
    }

    private ScreenView build(Screen screen) {
        return switch (screen) {
            case DASHBOARD -> new DashboardView(dashboard, deviceDetail, payback, () -> shell.screenProperty().set(Screen.WALLET), messages);
            case DEVICES -> new DevicesView(devices, messages);
            case ONBOARD -> new OnboardingView(onboarding, wallet.pages().unlock(),
                    () -> shell.setUpWalletFrom(Screen.ONBOARD), messages, new PlacePicker(maps, messages));
            case COVERAGE -> new CoverageMapView(coverage, messages);
            case WALLET -> new WalletView(wallet, messages, clipboard);
            case SETTINGS -> new SettingsView(settingsScreen, messages);
        };
    }

    private void restore(WindowBounds bounds) {
        stage.setX(bounds.x());
        stage.setY(bounds.y());
        stage.setWidth(bounds.width());
        stage.setHeight(bounds.height());
        stage.setMaximized(bounds.maximized());
    }

    // A device lost or back: a notice in the window, and a desktop notification where there is a tray.
    private void told(Alert alert) {
        shell.alert(alert);
        boolean offline = alert.kind() == Alert.Kind.OFFLINE;
        tray.ifPresent(icon -> icon.show(messages.get(offline ? "tray.offline.title" : "tray.back.title"),
                messages.get(offline ? "notice.deviceOffline" : "notice.deviceBack", alert.name()), offline));
    }

    // Yesterday's summary: a notice in the window, and a desktop notification where there is a tray.
    private void told(DailySummary summary) {
        Notice notice = DailySummaryNotice.of(summary, messages);
        shell.dailySummary(notice);
        tray.ifPresent(icon -> icon.show(messages.get("tray.summary.title"), messages.get(notice.key(),
                notice.argsIn(messages::get)), false));
    }

    // Keeps the bounds in memory; the launcher writes them once the window is gone, off the UI thread.
    private void close() {
        tray.ifPresent(TrayNotifier::close);
        messages.removeLanguageListener(languageListener);
        services.walletSession().removeListener(walletListener);
        services.updates().removeListener(updateListener);
        // The port is let go of off the UI thread: closing a serial port can take a moment.
        tasks.run(() -> {
            onboardingSession.close();
            return null;
        }, done -> { }, failure -> { });
        if (walletIdle != null) {
            walletIdle.cancel(false);
        }
        if (hotPlug != null) {
            hotPlug.cancel(false);
        }
        if (relaying != null) {
            relaying.cancel(false);
        }
        WindowBounds bounds = new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                stage.isMaximized());
        if (bounds.plausible()) {
            settings.updateInMemory(s -> s.withWindow(bounds));
        }
    }
}
