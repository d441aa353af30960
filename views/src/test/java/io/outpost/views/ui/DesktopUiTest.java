package io.outpost.views.ui;

import io.outpost.app.AppInfo;
import io.outpost.app.AppServices;
import io.outpost.app.doctor.SystemFacts;
import io.outpost.app.storage.AppDirectories;
import io.outpost.i18n.Language;
import io.outpost.i18n.Messages;
import io.outpost.views.shell.MainWindow;
import io.outpost.views.shell.NetworkState;
import io.outpost.wallet.Wallet;
import io.outpost.wallet.store.AtomicFile;
import java.security.SecureRandom;
import io.outpost.views.shell.ThemeApplier;
import io.outpost.views.testsupport.Screenshots;
import io.outpost.network.NetworkProfile;
import io.outpost.network.NetworkProfileJson;
import io.outpost.network.NetworkProfiles;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opens the real main window (real services, real settings file in a temp folder) on the Xvfb display
 * that {@code XvfbSession} started, and saves a screenshot of each test's end state under target/screenshots.
 */
abstract class DesktopUiTest {
    static final int LIGHT_SCRYPT_N = 1 << 10;
    private static final SystemFacts FACTS = new SystemFacts(Runtime.version(), Optional.of("test"),
            System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("os.arch"), "tester");

    @TempDir
    Path dataDir;

    protected final FxRobot robot = new FxRobot();
    protected Stage stage;
    protected MainWindow window;
    private AppServices services;
    /** What the window asked the browser to open: a test never starts a real browser. */
    protected final List<URI> opened = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        // Tests close and reopen the window; the toolkit must outlive its last window.
        Platform.setImplicitExit(false);
    }

    protected void open() throws Exception {
        open(Messages::new);
    }

    protected void open(Function<Language, Messages> messagesFor) throws Exception {
        install(pointedNowhere());
        start(messagesFor);
        // The network check's notice comes after its retries; waited for, so it cannot push the screen under a click.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup("#notice-notice-network-devnetDown").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Opens the window on {@code devnet} as the local test network, once its check has found it connected. */
    protected void openOn(NetworkProfile devnet) throws Exception {
        install(devnet);
        start(Messages::new);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> window.shell().networkStateProperty().get() == NetworkState.CONNECTED);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void start(Function<Language, Messages> messagesFor) throws Exception {
        services = new AppServices(appInfo(), AppDirectories.portable(dataDir), FACTS, Clock.systemUTC(), messagesFor,
                // A light scrypt cost keeps unlocking fast; the standard one is the wallet module's to test.
                folder -> new Wallet(folder, Clock.systemUTC(), new SecureRandom(), LIGHT_SCRYPT_N, Wallet.DEFAULT_AUTO_LOCK,
                        AtomicFile.Hook.NONE));
        FxToolkit.setupFixture(() -> {
            stage = new Stage();
            window = new MainWindow(stage, services, services.taskRunner(Platform::runLater), new ThemeApplier(),
                    opened::add);
            beforeShow(stage);
            window.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        // The status bar is filled by background reads; wait until they are in so screenshots show them.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.shell().walletStateProperty().get() != null);
    }

    /**
     * The app the window runs as: this build without a release feed, so no test asks the real one (the launcher,
     * which starts the checks, is not used here either).
     */
    protected AppInfo appInfo() {
        return AppInfo.fromBuild().withoutReleaseFeed();
    }

    /** Called on the FX thread with the window's stage just before it is shown (a benchmark starts its clock). */
    protected void beforeShow(Stage stage) {
    }

    /**
     * The local test network's profile with a port where nothing listens, as after "outpost devnet up" was
     * stopped: every window then gets the same notice, whatever runs on port 8545 of this computer.
     */
    private static NetworkProfile pointedNowhere() throws IOException {
        URI nowhere;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            nowhere = URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
        NetworkProfile devnet = NetworkProfiles.builtIn().byIdOrDefault(NetworkProfiles.DEVNET_ID);
        return new NetworkProfile(devnet.id(), devnet.name(), devnet.chainId(), List.of(nowhere), devnet.contracts(),
                devnet.oracleUrl(), devnet.token(), devnet.epochSeconds(), devnet.explorerUrl());
    }

    private void install(NetworkProfile devnet) throws IOException {
        Files.createDirectories(dataDir.resolve("networks"));
        Files.writeString(dataDir.resolve("networks/devnet.json"), new NetworkProfileJson().write(devnet));
    }

    /** Closes the window as a user would and saves the settings as the launcher does after it. */
    protected void close() throws Exception {
        FxToolkit.setupFixture(() -> stage.hide());
        window.settings().saveNow();
        services.close();
    }

    /** The window's services, to do what the outside world does (plug a device in). */
    protected AppServices services() {
        return services;
    }

    /** A wallet in the window's data folder holding {@code key} alone, locked with {@code password} (light scrypt). */
    protected void importKey(byte[] key, String password) throws Exception {
        new Wallet(Wallet.folderIn(dataDir), Clock.systemUTC(), new SecureRandom(), LIGHT_SCRYPT_N, Wallet.DEFAULT_AUTO_LOCK,
                AtomicFile.Hook.NONE).importPrivateKey(key, password.toCharArray());
    }

    /** {@code read} on the FX thread, for conditions that walk a window that changes meanwhile. */
    protected <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    protected <T extends Node> T lookup(String query) {
        return robot.lookup(query).query();
    }

    protected void interact(Runnable action) {
        robot.interact(action);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Types {@code text} into the field, as a person would, after emptying it. */
    protected void type(String query, String text) {
        TextInputControl field = lookup(query);
        interact(field::clear);
        robot.clickOn(field).write(text);
    }

    protected void waitFor(String query) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().filter(Node::isVisible).isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits until the label says {@code expected}; fails saying what it says instead. */
    protected void waitForText(String query, String expected) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery()
                    .map(node -> ((Label) node).getText()).filter(text -> text.contains(expected)).isPresent());
        } catch (TimeoutException e) {
            throw new AssertionError(query + " never said \"" + expected + "\"; it says \""
                    + robot.lookup(query).tryQuery().map(node -> ((Label) node).getText()).orElse("(not shown)") + "\"", e);
        }
    }

    /** A picture of a step on the way, beside the test's end state, for a reviewer to look at. */
    protected void shot(String step) {
        robot.interact(() -> Screenshots.save(stage.getScene(), getClass().getSimpleName() + "-" + step));
    }

    @AfterEach
    void screenshotAndClose(TestInfo test) throws Exception {
        if (stage == null || !stage.isShowing()) {
            return;
        }
        String name = getClass().getSimpleName() + "-" + test.getTestMethod().orElseThrow().getName();
        robot.interact(() -> Screenshots.save(stage.getScene(), name));
        close();
    }
}
