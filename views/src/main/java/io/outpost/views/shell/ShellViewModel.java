package io.outpost.views.shell;

import io.outpost.views.common.SettingsKeeper;
import io.outpost.views.common.Notice;
import io.outpost.app.alerts.Alert;
import io.outpost.app.settings.SettingsLoad;
import io.outpost.app.status.StatusService;
import io.outpost.app.networks.CheckVerdict;
import io.outpost.app.networks.NetworkNames;
import io.outpost.app.tasks.TaskRunner;
import io.outpost.network.NetworkProfile;
import io.outpost.network.NetworkProfiles;
import io.outpost.network.chain.ProfileCheck;
import io.outpost.wallet.WalletState;
import io.outpost.views.dashboard.DailySummaryNotice;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The state around every screen: which screen is shown, the active network, the wallet's state, what the
 * status bar says and the notices waiting to be read. Slow reads go through the {@link TaskRunner}.
 */
public final class ShellViewModel {
    private static final Notice SENSORS_WAIT = Notice.of("notice.sensorsWaitForWallet");
    private final TaskRunner tasks;
    private final SettingsKeeper settings;
    private final StatusService status;
    private final NetworkProfile network;

    private final ObjectProperty<Screen> screen = new SimpleObjectProperty<>(Screen.DASHBOARD);
    // Null while the wallet folder is being read, or when it could not be.
    private final ReadOnlyObjectWrapper<WalletState> walletState = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PortsStatus> ports = new ReadOnlyObjectWrapper<>(PortsStatus.CHECKING);
    private final ReadOnlyObjectWrapper<NetworkState> networkState = new ReadOnlyObjectWrapper<>(NetworkState.CHECKING);
    private final ObservableList<Notice> notices;
    // Where to go back to once a wallet exists (the wizard sent the user to set one up); null: nowhere.
    private Screen backAfterWallet;

    public ShellViewModel(TaskRunner tasks, SettingsKeeper settings, ObservableList<Notice> notices,
                          StatusService status, NetworkProfile network) {
        this.tasks = tasks;
        this.settings = settings;
        this.notices = notices;
        this.status = status;
        this.network = network;
        screen.set(Screen.byId(settings.current().lastScreen()));
        screen.addListener((obs, old, now) -> {
            settings.update(s -> s.withLastScreen(now.id()));
            if (now != Screen.WALLET) {
                backAfterWallet = null; // the user went elsewhere themselves
            }
        });
    }

    /**
     * A device went offline or came back: a notice that stays until dismissed (a device back online takes its
     * offline notice away). Call on the UI thread.
     */
    public void alert(Alert alert) {
        Notice offline = Notice.of("notice.deviceOffline", alert.name());
        if (alert.kind() == Alert.Kind.OFFLINE) {
            notices.add(offline);
        } else {
            notices.remove(offline);
            notices.add(Notice.of("notice.deviceBack", alert.name()));
        }
    }

    /** Yesterday's summary ({@code notice}): replaces the one of the day before, if still shown. Call on the UI thread. */
    public void dailySummary(Notice notice) {
        notices.removeIf(shown -> shown.key().startsWith(DailySummaryNotice.KEY));
        notices.add(notice);
    }

    /**
     * The history file was damaged and set aside as {@code aside} when it was opened: told once, in this run (the
     * next one opens the new file). Call on the UI thread.
     */
    public void historySetAside(Path aside) {
        notices.add(Notice.of("notice.historyReset", aside.toString()));
    }

    /**
     * How many host-attested sensors read but wait for the wallet (their keys are made from it, once per run):
     * while any do, a notice asks to unlock it. Call on the UI thread.
     */
    public void sensorsWaiting(int count) {
        if (count > 0 && !notices.contains(SENSORS_WAIT)) {
            notices.add(SENSORS_WAIT);
        } else if (count == 0) {
            notices.remove(SENSORS_WAIT);
        }
    }

    /** Opens the wallet screen to set up a wallet, and comes back to {@code from} once there is one. */
    public void setUpWalletFrom(Screen from) {
        screen.set(Screen.WALLET);
        backAfterWallet = from;
    }

    /** Notices from loading the settings file: told once, at the start of the run that found the problem. */
    public static void addStartupNotices(SettingsLoad load, ObservableList<Notice> notices) {
        load.setAside().ifPresent(path -> notices.add(Notice.of("notice.settingsReset", path.getFileName())));
        load.fromNewerVersion().ifPresent(path -> notices.add(Notice.of("notice.settingsNewer", path.getFileName())));
    }

    /** Starts the background reads the header and status bar show. */
    public void refresh() {
        ports.set(PortsStatus.CHECKING);
        tasks.run(status::serialPortCount, n -> ports.set(PortsStatus.found(n)), e -> ports.set(PortsStatus.FAILED));
        tasks.run(status::walletState, walletState::set, e -> walletState.set(null));
    }

    /** The wallet was unlocked, locked or set up; call on the UI thread. */
    public void walletChanged(WalletState state) {
        walletState.set(state);
        if (state == WalletState.UNLOCKED) {
            notices.remove(SENSORS_WAIT); // their keys are made at the next round
        }
        if (backAfterWallet != null && state != null && state != WalletState.NONE) {
            Screen back = backAfterWallet;
            backAfterWallet = null;
            screen.set(back);
        }
    }

    public ObjectProperty<Screen> screenProperty() {
        return screen;
    }

    public ReadOnlyObjectProperty<WalletState> walletStateProperty() {
        return walletState.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<NetworkState> networkStateProperty() {
        return networkState.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PortsStatus> portsProperty() {
        return ports.getReadOnlyProperty();
    }

    public ObservableList<Notice> notices() {
        return notices;
    }

    public void dismiss(Notice notice) {
        notices.remove(notice);
    }

    /**
     * Checks the active network in the background and adds a notice when it cannot be reached or does not
     * match its chain. A node that is down while others answer is not worth a notice: the client moves on.
     */
    public void checkNetwork(Function<NetworkProfile, CompletableFuture<ProfileCheck.Result>> check) {
        // Waits on a background thread: the check's future completes on the HTTP client's threads, not the UI's.
        tasks.run(() -> check.apply(network).join(), this::tellAbout, failure -> tellUnreachable());
    }

    private void tellAbout(ProfileCheck.Result result) {
        switch (CheckVerdict.of(result)) {
            case UNREACHABLE -> tellUnreachable();
            case MISMATCH -> {
                networkState.set(NetworkState.MISMATCH);
                notices.add(Notice.of("notice.network.mismatch", networkNameArgument(), result.problems()
                        .stream().map(ProfileCheck.Problem::field).distinct().collect(Collectors.joining(", "))));
            }
            case FINE, SOME_NODES_DOWN -> networkState.set(NetworkState.CONNECTED);
        }
    }

    private void tellUnreachable() {
        networkState.set(NetworkState.UNREACHABLE);
        // The local test network runs on this computer, so the notice can say how to start it.
        notices.add(Notice.of(NetworkProfiles.DEVNET_ID.equals(network.id()) ? "notice.network.devnetDown"
                : "notice.network.unreachable", networkNameArgument()));
    }

    private Object networkNameArgument() {
        return networkNameKey().<Object>map(Notice.Translated::new).orElse(network.name());
    }

    /** The i18n key of the active network's name; empty for an installed profile, which brings its own name. */
    public Optional<String> networkNameKey() {
        return NetworkNames.key(network);
    }

    /** The name an installed profile gives itself (one language only: it comes from the network operator). */
    public String networkName() {
        return network.name();
    }

    public static ObservableList<Notice> newNoticeList() {
        return FXCollections.observableArrayList();
    }
}
