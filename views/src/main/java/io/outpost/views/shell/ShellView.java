package io.outpost.views.shell;

import io.outpost.views.common.Notice;
import io.outpost.app.updates.Release;
import io.outpost.i18n.Messages;
import io.outpost.views.common.ScreenView;
import io.outpost.wallet.WalletState;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The frame around every screen, built in code: header (network, wallet), left navigation, notices, the
 * current screen and the status bar. Built anew when the language changes; its ViewModel stays.
 */
public final class ShellView {
    private static final Map<Screen, Ikon> ICONS = Map.of(Screen.DASHBOARD, Feather.ACTIVITY, Screen.DEVICES, Feather.CPU,
            Screen.ONBOARD, Feather.PLUS_CIRCLE, Screen.WALLET, Feather.CREDIT_CARD, Screen.SETTINGS, Feather.SETTINGS);

    private final ShellViewModel model;
    private final UpdateNoticeViewModel updates;
    private final Messages messages;
    private final Function<Screen, ScreenView> screens;
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final VBox noticeArea = new VBox(8);
    private final Map<Screen, ToggleButton> navButtons = new EnumMap<>(Screen.class);
    private final ListChangeListener<Notice> noticesChanged = change -> showNotices();
    private final ChangeListener<Screen> screenChanged = (obs, old, now) -> show(now);
    private final ChangeListener<Release> releaseChanged = (obs, old, now) -> showNotices();

    public ShellView(ShellViewModel model, UpdateNoticeViewModel updates, Messages messages,
                     Function<Screen, ScreenView> screens) {
        this.model = model;
        this.updates = updates;
        this.messages = messages;
        this.screens = screens;
        root.getStyleClass().add("shell");
        root.setTop(header());
        root.setLeft(navigation());
        VBox center = new VBox(noticeArea, content);
        center.getStyleClass().add("shell-center");
        VBox.setVgrow(content, Priority.ALWAYS);
        root.setCenter(center);
        root.setBottom(statusBar());
        // Weak: a view replaced after a language switch must not stay subscribed to the ViewModel it outlived.
        model.notices().addListener(new WeakListChangeListener<>(noticesChanged));
        updates.releaseProperty().addListener(new WeakChangeListener<>(releaseChanged));
        showNotices();
        model.screenProperty().addListener(new WeakChangeListener<>(screenChanged));
        // The root node keeps this view, and so its listeners, alive for as long as it is shown.
        root.getProperties().put(ShellView.class, this);
        show(model.screenProperty().get());
    }

    public Parent root() {
        return root;
    }

    private HBox header() {
        Label title = new Label(messages.get("app.title"), new FontIcon(Feather.RADIO));
        title.getStyleClass().addAll("title-3", "app-title");
        Label network = new Label(messages.get("header.network",
                model.networkNameKey().map(messages::get).orElse(model.networkName())), new FontIcon(Feather.GLOBE));
        network.setId("header-network");
        Label wallet = new Label();
        wallet.setId("header-wallet");
        wallet.textProperty().bind(model.walletStateProperty().map(this::walletText).orElse(messages.get("header.wallet.unknown")));
        wallet.graphicProperty().bind(model.walletStateProperty().map(s -> new FontIcon(walletIcon(s))));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(20, title, spacer, network, wallet);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("shell-header");
        return header;
    }

    private String walletText(WalletState state) {
        return switch (state) {
            case NONE -> messages.get("header.wallet.none");
            case LOCKED -> messages.get("header.wallet.locked");
            case UNLOCKED -> messages.get("header.wallet.unlocked");
        };
    }

    private static Ikon walletIcon(WalletState state) {
        return state == WalletState.UNLOCKED ? Feather.UNLOCK : state == WalletState.LOCKED ? Feather.LOCK : Feather.CREDIT_CARD;
    }

    private VBox navigation() {
        ToggleGroup group = new ToggleGroup();
        VBox nav = new VBox(4);
        nav.getStyleClass().add("shell-nav");
        for (Screen screen : Screen.values()) {
            ToggleButton button = new ToggleButton(messages.get(screen.titleKey()), new FontIcon(icon(screen)));
            button.setId("nav-" + screen.id());
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(Pos.CENTER_LEFT);
            button.getStyleClass().add("nav-item");
            // A selected item stays selected: clicking it again must not leave the navigation without a screen.
            button.setOnAction(e -> {
                button.setSelected(true);
                model.screenProperty().set(screen);
            });
            navButtons.put(screen, button);
            nav.getChildren().add(button);
        }
        return nav;
    }

    // The coverage map's icon (issue 7), apart from the others so the screens' branches merge cleanly.
    private static Ikon icon(Screen screen) {
        return screen == Screen.COVERAGE ? Feather.MAP : ICONS.get(screen);
    }

    private void show(Screen screen) {
        navButtons.get(screen).setSelected(true);
        content.getChildren().setAll(screens.apply(screen).root());
    }

    private void showNotices() {
        noticeArea.getChildren().setAll(model.notices().stream().map(this::noticeBar).toList());
        Release release = updates.releaseProperty().get();
        if (release != null) {
            noticeArea.getChildren().add(NoticeBar.update(release, updates, messages));
        }
    }

    private HBox noticeBar(Notice notice) {
        return NoticeBar.of("notice-" + notice.key().replace('.', '-'), messages.get(notice.key(), notice.argsIn(messages::get)),
                Feather.ALERT_TRIANGLE, messages, () -> model.dismiss(notice)).bar();
    }

    private HBox statusBar() {
        Label ports = new Label();
        ports.setId("status-ports");
        ports.textProperty().bind(model.portsProperty().map(this::portsText));
        Label network = new Label();
        network.setId("status-network");
        network.textProperty().bind(model.networkStateProperty().map(this::networkText));
        network.graphicProperty().bind(model.networkStateProperty().map(state -> new FontIcon(switch (state) {
            case CHECKING, CONNECTED -> Feather.WIFI;
            case UNREACHABLE -> Feather.WIFI_OFF;
            case MISMATCH -> Feather.ALERT_TRIANGLE;
        })));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(16, new FontIcon(Feather.LINK), ports, spacer, network);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("shell-status");
        return bar;
    }

    private String networkText(NetworkState state) {
        return switch (state) {
            case CHECKING -> messages.get("status.network.checking");
            case CONNECTED -> messages.get("status.network.connected");
            case UNREACHABLE -> messages.get("status.network.unreachable");
            case MISMATCH -> messages.get("status.network.mismatch");
        };
    }

    private String portsText(PortsStatus status) {
        return switch (status.state()) {
            case CHECKING -> messages.get("status.ports.checking");
            case FAILED -> messages.get("status.ports.failed");
            case FOUND -> status.count() == 0 ? messages.get("status.ports.none") : messages.get("status.ports.count", status.count());
        };
    }
}
