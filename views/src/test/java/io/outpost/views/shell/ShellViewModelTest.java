package io.outpost.views.shell;

import io.outpost.views.common.SettingsKeeper;
import io.outpost.views.common.Notice;
import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.app.settings.Settings;
import io.outpost.app.settings.SettingsLoad;
import io.outpost.app.settings.SettingsStore;
import io.outpost.app.status.StatusService;
import io.outpost.app.tasks.TaskRunner;
import io.outpost.devices.serial.SerialPortInfo;
import io.outpost.devices.serial.SerialPortScanner;
import io.outpost.network.NetworkProfile;
import io.outpost.network.NetworkProfiles;
import io.outpost.network.chain.ProfileCheck;
import io.outpost.network.chain.ProfileCheck.Problem;
import io.outpost.wallet.KeystoreDirectory;
import io.outpost.wallet.WalletState;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs without a JavaFX toolkit: properties and collections only, work on the test's own thread. */
class ShellViewModelTest {
    private static final NetworkProfile DEVNET = NetworkProfiles.builtIn().byIdOrDefault(NetworkProfiles.DEVNET_ID);
    private static final NetworkProfile PARTNER = new NetworkProfile("partner-net", "Partner Net", 10,
            List.of(URI.create("https://rpc.partner.example"), URI.create("https://rpc2.partner.example")),
            DEVNET.contracts(), URI.create("https://oracle.partner.example"), DEVNET.token(), 86_400, Optional.empty());
    private static final Problem NODE_0_DOWN = new Problem("rpcUrls[0]", "the node at https://rpc.partner.example did not say its chain id");
    private static final Problem NODE_1_DOWN = new Problem("rpcUrls[1]", "the node at https://rpc2.partner.example did not say its chain id");

    @TempDir
    Path temp;

    private final ObservableList<Notice> notices = ShellViewModel.newNoticeList();

    private SettingsStore store() {
        return new SettingsStore(temp.resolve("settings.json"), Clock.systemUTC());
    }

    private ShellViewModel model(SerialPortScanner scanner, NetworkProfile network) {
        TaskRunner tasks = TaskRunner.sameThread();
        SettingsKeeper keeper = new SettingsKeeper(store(), Settings.defaults().withLastScreen("devices"), tasks, notices::add);
        StatusService status = new StatusService(scanner, new KeystoreDirectory(temp.resolve("wallet"))::state);
        return new ShellViewModel(tasks, keeper, notices, status, network);
    }

    @Test
    void startsOnTheLastScreenAndRemembersTheNextOne() {
        ShellViewModel model = model(List::of, DEVNET);
        assertThat(model.screenProperty().get()).isEqualTo(Screen.DEVICES);

        model.screenProperty().set(Screen.WALLET);

        assertThat(store().load().settings().lastScreen()).isEqualTo("wallet");
    }

    @Test
    void aWalletSetUpForTheWizardLeadsBackToItUnlessTheUserWentElsewhere() {
        ShellViewModel model = model(List::of, DEVNET);
        model.setUpWalletFrom(Screen.ONBOARD);
        assertThat(model.screenProperty().get()).isEqualTo(Screen.WALLET);
        model.walletChanged(WalletState.NONE);
        assertThat(model.screenProperty().get()).as("no wallet yet").isEqualTo(Screen.WALLET);
        model.walletChanged(WalletState.UNLOCKED);
        assertThat(model.screenProperty().get()).isEqualTo(Screen.ONBOARD);

        model.setUpWalletFrom(Screen.ONBOARD);
        model.screenProperty().set(Screen.SETTINGS);
        model.screenProperty().set(Screen.WALLET);
        model.walletChanged(WalletState.LOCKED);
        assertThat(model.screenProperty().get()).as("the user went elsewhere in between").isEqualTo(Screen.WALLET);
    }

    @Test
    void sensorsWaitingForTheWalletAreToldOnceUntilItIsUnlocked() {
        ShellViewModel model = model(List::of, DEVNET);
        model.sensorsWaiting(2);
        model.sensorsWaiting(1);
        assertThat(notices).extracting(Notice::key).containsOnlyOnce("notice.sensorsWaitForWallet");
        model.walletChanged(WalletState.UNLOCKED);
        assertThat(notices).extracting(Notice::key).doesNotContain("notice.sensorsWaitForWallet");
    }

    @Test
    void refreshReportsPortsAndWallet() throws Exception {
        ShellViewModel model = model(() -> List.of(SerialPortInfo.ofPath("/dev/ttyUSB0"),
                SerialPortInfo.ofPath("/dev/ttyUSB1")), DEVNET);
        assertThat(model.portsProperty().get()).isEqualTo(PortsStatus.CHECKING);
        assertThat(model.walletStateProperty().get()).isNull();

        model.refresh();

        assertThat(model.portsProperty().get()).isEqualTo(PortsStatus.found(2));
        assertThat(model.walletStateProperty().get()).isEqualTo(WalletState.NONE);

        Files.createDirectories(temp.resolve("wallet"));
        Files.writeString(temp.resolve("wallet").resolve("key.json"), "{}");
        model.refresh();
        assertThat(model.walletStateProperty().get()).isEqualTo(WalletState.LOCKED);
    }

    @Test
    void portsThatCannotBeListedAreReportedAsSuch() {
        ShellViewModel model = model(() -> {
            throw new IllegalStateException("no native library");
        }, DEVNET);
        model.refresh();
        assertThat(model.portsProperty().get()).isEqualTo(PortsStatus.FAILED);
    }

    @Test
    void settingsSetAsideAtStartAreToldOnceAndCanBeDismissed() {
        SettingsLoad load = new SettingsLoad(Settings.defaults(), Optional.of(temp.resolve("settings.json.corrupt-1")), Optional.empty());
        ShellViewModel.addStartupNotices(load, notices);
        ShellViewModel model = model(List::of, DEVNET);

        assertThat(model.notices()).containsExactly(Notice.of("notice.settingsReset", Path.of("settings.json.corrupt-1")));
        model.dismiss(model.notices().getFirst());
        assertThat(model.notices()).isEmpty();
    }

    @Test
    void knownNetworksHaveATranslatedNameOthersShowTheirId() {
        assertThat(model(List::of, DEVNET).networkNameKey()).contains("network.profile.devnet");
        NetworkProfile other = new NetworkProfile("partner-net", "Partner Net", 10, List.of(URI.create("https://rpc.partner.example")),
                DEVNET.contracts(), URI.create("https://oracle.partner.example"), DEVNET.token(), 86_400, Optional.empty());
        assertThat(model(List::of, other).networkNameKey()).isEmpty();
        assertThat(model(List::of, other).networkName()).isEqualTo("Partner Net");
    }

    private List<Notice> noticesAfterCheck(NetworkProfile network, Problem... problems) {
        notices.clear();
        ShellViewModel model = model(List::of, network);
        model.checkNetwork(checked -> CompletableFuture.completedFuture(new ProfileCheck.Result(checked, List.of(problems))));
        return List.copyOf(model.notices());
    }

    @Test
    void aLocalTestNetworkThatDoesNotAnswerIsToldWithHowToStartIt() {
        assertThat(noticesAfterCheck(DEVNET, new Problem("rpcUrls[0]", "the node at http://127.0.0.1:8545 did not say its chain id")))
                .containsExactly(Notice.of("notice.network.devnetDown", new Notice.Translated("network.profile.devnet")));
    }

    @Test
    void anInstalledNetworkThatDoesNotAnswerIsToldByItsOwnName() {
        assertThat(noticesAfterCheck(PARTNER, NODE_0_DOWN, NODE_1_DOWN))
                .containsExactly(Notice.of("notice.network.unreachable", "Partner Net"));
    }

    @Test
    void aProfileThatDoesNotMatchItsChainIsToldWithTheFieldsAtFault() {
        assertThat(noticesAfterCheck(PARTNER, new Problem("chainId", "the node at https://rpc.partner.example is chain 1"),
                new Problem("chainId", "the node at https://rpc2.partner.example is chain 1")))
                .containsExactly(Notice.of("notice.network.mismatch", "Partner Net", "chainId"));
        assertThat(noticesAfterCheck(DEVNET, new Problem("contracts.staking", "no contract"), new Problem("contracts.token", "no contract")))
                .containsExactly(Notice.of("notice.network.mismatch", new Notice.Translated("network.profile.devnet"),
                        "contracts.staking, contracts.token"));
    }

    @Test
    void aNetworkThatChecksOutOrStillHasANodeAnsweringNeedsNoNotice() {
        assertThat(noticesAfterCheck(DEVNET)).isEmpty();
        assertThat(noticesAfterCheck(PARTNER, NODE_1_DOWN)).isEmpty();
    }

    @Test
    void aCheckThatFailsOutrightIsToldAsUnreachable() {
        ShellViewModel model = model(List::of, PARTNER);
        model.checkNetwork(checked -> CompletableFuture.failedFuture(new IllegalStateException("no route")));
        assertThat(model.notices()).containsExactly(Notice.of("notice.network.unreachable", "Partner Net"));
    }

    @Test
    void translatedArgumentsAreLookedUpWhenTheNoticeIsShown() {
        Notice notice = Notice.of("notice.network.mismatch", new Notice.Translated("network.profile.devnet"), "chainId");
        assertThat(notice.argsIn(key -> "<" + key + ">")).containsExactly("<network.profile.devnet>", "chainId");
    }

    @Test
    void theStatusBarFollowsTheCheck() {
        assertThat(model(List::of, PARTNER).networkStateProperty().get()).isEqualTo(NetworkState.CHECKING);
        assertThat(stateAfterCheck(PARTNER)).isEqualTo(NetworkState.CONNECTED);
        assertThat(stateAfterCheck(PARTNER, NODE_0_DOWN)).as("another node answers").isEqualTo(NetworkState.CONNECTED);
        assertThat(stateAfterCheck(PARTNER, NODE_0_DOWN, NODE_1_DOWN)).isEqualTo(NetworkState.UNREACHABLE);
        assertThat(stateAfterCheck(PARTNER, new Problem("chainId", "the node is chain 1"))).isEqualTo(NetworkState.MISMATCH);
    }

    private NetworkState stateAfterCheck(NetworkProfile network, Problem... problems) {
        ShellViewModel model = model(List::of, network);
        model.checkNetwork(checked -> CompletableFuture.completedFuture(new ProfileCheck.Result(checked, List.of(problems))));
        return model.networkStateProperty().get();
    }
}
