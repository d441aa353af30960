package io.outpost.views.onboarding;

import io.outpost.app.devices.DiscoveredPort;
import io.outpost.app.doctor.CheckResult;
import io.outpost.app.onboarding.DeviceFacts;
import io.outpost.app.onboarding.OnboardDevice;
import io.outpost.app.onboarding.TrustClass;
import io.outpost.devices.odp.Coordinates;
import io.outpost.i18n.Messages;
import io.outpost.views.common.ScreenFrame;
import io.outpost.views.common.ScreenView;
import io.outpost.views.common.WrappingLabel;
import io.outpost.views.devices.DevicesViewModel;
import io.outpost.views.map.PlacePicker;
import io.outpost.views.wallet.UnlockViewModel;
import io.outpost.views.wallet.WalletTexts;
import io.outpost.wallet.WalletState;
import io.outpost.wallet.keys.Address;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Code-built: each step shows what the device and the network said, so the wizard is data-driven. */
public final class OnboardingView implements ScreenView {
    private final OnboardingViewModel model;
    private final UnlockViewModel unlock;
    private final Runnable openWallet;
    private final PlacePicker picker;
    private final WalletTexts texts;
    private final ReadingTexts readings;
    private final VBox step = new VBox(14);
    private final Parent root;
    private final ChangeListener<Object> changed = (obs, old, now) -> show();
    private final ListChangeListener<DiscoveredPort> pluggedChanged = change -> show();
    private final ListChangeListener<CheckResult> diagnosticsChanged = change -> show();

    public OnboardingView(OnboardingViewModel model, UnlockViewModel unlock, Runnable openWallet, Messages messages,
                          PlacePicker picker) {
        this.model = model;
        this.picker = picker;
        this.unlock = unlock;
        this.openWallet = openWallet;
        this.texts = new WalletTexts(messages);
        this.readings = new ReadingTexts(messages);
        step.setId("onboard-step");
        step.setMaxWidth(760);
        VBox column = new VBox(14, step, texts.progress(model.busyProperty(), "onboard.working", "onboard-progress"),
                texts.feedbackLabel(model.feedbackProperty(), "onboard-feedback"));
        root = ScreenFrame.of("screen-onboard", messages.get("onboard.title"), column);
        for (var property : List.of(model.stepProperty(), model.walletState(), model.heartbeatProperty(), model.planProperty(),
                model.ownPositionProperty())) {
            property.addListener(new WeakChangeListener<>(changed));
        }
        model.plugged().addListener(new WeakListChangeListener<>(pluggedChanged));
        model.diagnostics().addListener(new WeakListChangeListener<>(diagnosticsChanged));
        // No device after a while: show what Outpost checked (the timer stops with the screen's scene).
        PauseTransition wait = new PauseTransition(Duration.millis(OnboardingViewModel.DIAGNOSE_AFTER.toMillis()));
        wait.setOnFinished(e -> model.diagnose());
        // The root node keeps this view, and so its weakly registered listeners, alive while it is shown.
        root.getProperties().put(OnboardingView.class, this);
        // Shown for the first time (from the navigation), the screen's first field takes the focus too.
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                Platform.runLater(this::focusFirstField);
                wait.playFromStart();
            } else {
                wait.stop();
            }
        });
        show();
    }

    @Override
    public Parent root() {
        return root;
    }

    private void show() {
        step.getChildren().setAll(switch (model.stepProperty().get()) {
            case PLUG_IN -> plugIn();
            case IDENTIFIED -> identified(model.factsProperty().get());
            case PLACE -> place();
            case REVIEW -> review(model.planProperty().get());
            case DONE -> done(model.resultProperty().get());
        });
        focusFirstField();
    }

    // Keyboard first: the step's first field (or else its main button) takes the focus; Enter fires the main button.
    private void focusFirstField() {
        Node first = step.lookup(".text-input");
        if (first == null) {
            first = step.lookup(".accent");
        }
        if (first != null && first.getScene() != null) {
            first.requestFocus();
        }
    }

    private List<Node> plugIn() {
        List<Node> nodes = new ArrayList<>(List.of(texts.heading("onboard.plugIn.title", Feather.CPU), texts.body("onboard.plugIn.body")));
        for (int i = 0; i < model.plugged().size(); i++) {
            DiscoveredPort port = model.plugged().get(i);
            String name = DevicesViewModel.displayName(port);
            Button choose = new Button(texts.get("onboard.plugIn.choose", name.isEmpty() ? port.port().systemPath() : name,
                    port.port().systemPath()), new FontIcon(Feather.CPU));
            choose.setId("onboard-port-" + i);
            choose.setOnAction(e -> model.connect(port.port().systemPath()));
            nodes.add(choose);
        }
        if (model.plugged().isEmpty()) {
            nodes.add(muted("onboard.plugIn.none"));
            nodes.addAll(diagnostics());
        }
        TextField path = new TextField();
        path.setId("onboard-port");
        // Bound, so that a page rebuilt while typing (a device appearing, the checks arriving) keeps the text.
        path.textProperty().bindBidirectional(model.portProperty());
        path.setPrefColumnCount(24);
        path.setPromptText(texts.get("onboard.plugIn.pathPrompt"));
        Button connect = new Button(texts.get("onboard.plugIn.connect"));
        connect.setId("onboard-connect");
        connect.disableProperty().bind(model.busyProperty());
        connect.setOnAction(e -> model.connect(path.getText()));
        path.setOnAction(connect.getOnAction());
        nodes.add(muted("onboard.plugIn.typePath"));
        nodes.add(new HBox(10, path, connect));
        return nodes;
    }

    // What Outpost checked on this computer when no device showed up: each check, and the fix of a failed one.
    private List<Node> diagnostics() {
        if (model.diagnostics().isEmpty()) {
            return List.of();
        }
        VBox checks = new VBox(6);
        checks.setId("onboard-diagnostics");
        for (CheckResult check : model.diagnostics()) {
            Label line = new WrappingLabel(check.label() + ": " + check.value(), new FontIcon(check.ok() ? Feather.CHECK : Feather.X_CIRCLE));
            checks.getChildren().add(line);
            check.fix().ifPresent(fix -> checks.getChildren().add(mutedText(fix)));
        }
        return List.of(texts.body(model.diagnostics().stream().allMatch(CheckResult::ok)
                ? "onboard.plugIn.checkedFine" : "onboard.plugIn.checkedProblem"), checks);
    }

    private List<Node> identified(DeviceFacts facts) {
        boolean sensor = facts.trust() == TrustClass.HOST_ATTESTED;
        List<String> keys = new ArrayList<>(List.of("onboard.identified.model", "onboard.identified.serial"));
        List<String> values = new ArrayList<>(List.of(facts.model(), facts.serial()));
        if (!facts.firmware().isBlank()) {
            keys.add("onboard.identified.firmware");
            values.add(facts.firmware());
        }
        facts.address().ifPresent(address -> {
            keys.add("onboard.identified.address");
            values.add(address);
        });
        Label proof = new WrappingLabel(texts.get(sensor ? "onboard.identified.hostAttested" : "onboard.identified.verified"),
                new FontIcon(sensor ? Feather.INFO : Feather.SHIELD));
        proof.setId("onboard-verified");
        proof.setStyle(sensor ? "" : "-fx-text-fill: -color-success-fg;");
        List<Node> nodes = new ArrayList<>(List.of(texts.heading("onboard.identified.title", Feather.CHECK_CIRCLE),
                grid(keys, values)));
        if (sensor) {
            Label live = new WrappingLabel();
            live.setId("onboard-reading");
            live.textProperty().bind(Bindings.createStringBinding(() -> readings.text(model.readingProperty().get()),
                    model.readingProperty()));
            nodes.add(live);
        }
        Button next = WalletTexts.primary(texts.get("onboard.continue"), "onboard-continue");
        next.setOnAction(e -> model.toPlace());
        nodes.addAll(List.of(proof, new HBox(10, startOver(), next)));
        return nodes;
    }

    private List<Node> place() {
        TextField name = field("onboard-name", "onboard.place.namePrompt");
        name.textProperty().bindBidirectional(model.nameProperty());
        TextField lat = field("onboard-lat", "onboard.place.latPrompt");
        lat.textProperty().bindBidirectional(model.latProperty());
        TextField lon = field("onboard-lon", "onboard.place.lonPrompt");
        lon.textProperty().bindBidirectional(model.lonProperty());
        GridPane form = new GridPane(12, 10);
        form.addRow(0, labelFor("onboard.place.name", name), name);
        form.addRow(1, labelFor("onboard.place.lat", lat), lat);
        form.addRow(2, labelFor("onboard.place.lon", lon), lon);
        Button next = WalletTexts.primary(texts.get("onboard.place.review"), "onboard-review");
        next.disableProperty().bind(model.busyProperty());
        next.setOnAction(e -> model.review());
        List<Node> nodes = new ArrayList<>(List.of(texts.heading("onboard.place.title", Feather.MAP_PIN),
                texts.body("onboard.place.body"), form));
        nodes.addAll(positionSources());
        nodes.add(new HBox(10, startOver(), next));
        return nodes;
    }

    // Where a position can come from: the device's own GNSS fix, or another plugged-in GNSS receiver.
    private List<Node> positionSources() {
        List<Node> sources = new ArrayList<>();
        // Pick on the map (issue 7): starts at the place typed so far, if it is one.
        Button onMap = new Button(texts.get("onboard.place.pickOnMap"), new FontIcon(Feather.MAP));
        onMap.setId("onboard-pick-map");
        onMap.setOnAction(e -> picker.pick(onMap, model.typedPlace(), model::usePosition));
        sources.add(onMap);
        Coordinates own = model.ownPositionProperty().get();
        if (own != null) {
            Button use = new Button(texts.get("onboard.place.useOwn", own.lat(), own.lon()), new FontIcon(Feather.CROSSHAIR));
            use.setId("onboard-use-own");
            use.setOnAction(e -> model.usePosition(own));
            sources.add(use);
        }
        for (DiscoveredPort receiver : model.gnssReceivers()) {
            String name = DevicesViewModel.displayName(receiver);
            Button read = new Button(texts.get("onboard.place.useReceiver", name.isEmpty() ? receiver.port().systemPath() : name),
                    new FontIcon(Feather.CROSSHAIR));
            read.disableProperty().bind(model.busyProperty());
            read.setOnAction(e -> model.readPositionFrom(receiver.port().systemPath()));
            sources.add(read);
        }
        return sources;
    }

    private List<Node> review(OnboardDevice.Plan plan) {
        List<Node> nodes = new ArrayList<>(List.of(texts.heading("onboard.review.title", Feather.EDIT_3),
                grid(List.of("onboard.review.device", "onboard.review.proof", "onboard.review.owner", "onboard.review.place"),
                        List.of(plan.device().orElse(texts.get("onboard.review.keyAfterUnlock")),
                                texts.get(plan.facts().trust() == TrustClass.HOST_ATTESTED
                                        ? "onboard.review.hostAttested" : "onboard.review.hardwareVerified"),
                                Address.parse(plan.owner()).map(Address::checksummed).orElse(plan.owner()),
                                Long.toHexString(plan.location())))));
        plan.area().ifPresent(area -> nodes.add(area(area)));
        nodes.add(plan.alreadyRegistered() ? texts.body("onboard.review.already")
                : wrapped(texts.get(plan.facts().trust() == TrustClass.HOST_ATTESTED ? "onboard.review.feeSensor"
                        : "onboard.review.fee", texts.ether(plan.feeEstimate()))));
        if (plan.missing().signum() > 0) {
            Label missing = wrapped(texts.get("onboard.review.missing", texts.ether(plan.missing())));
            missing.setId("onboard-missing");
            missing.setStyle("-fx-text-fill: -color-danger-fg;");
            Button again = new Button(texts.get("onboard.place.review"));
            again.setId("onboard-review-again");
            again.disableProperty().bind(model.busyProperty());
            again.setOnAction(e -> model.review());
            nodes.addAll(List.of(missing, again));
        }
        WalletState wallet = model.walletState().getValue();
        if (wallet != WalletState.UNLOCKED) {
            nodes.addAll(wallet == WalletState.NONE ? noWallet() : unlockInline());
        }
        Button sign = WalletTexts.primary(texts.get(plan.alreadyRegistered() ? "onboard.review.finish" : "onboard.review.sign"),
                "onboard-register");
        if (wallet == WalletState.UNLOCKED && plan.missing().signum() == 0) {
            sign.disableProperty().bind(model.busyProperty());
        } else {
            sign.setDisable(true); // built again once the wallet is unlocked; funds are checked again at Review
        }
        sign.setOnAction(e -> model.register());
        nodes.add(new HBox(10, startOver(), sign));
        return nodes;
    }

    // How crowded the coverage area is, and the share of the full reward that leaves each device there.
    private Label area(OnboardDevice.Area area) {
        Label line = wrapped(area.others() == 0 ? texts.get("onboard.review.areaAlone", area.cell())
                : texts.get("onboard.review.areaShared", area.others(), area.cell(), Math.round(area.scale() * 100)));
        line.setId("onboard-area");
        return line;
    }

    private List<Node> unlockInline() {
        PasswordField password = WalletTexts.passwordField("onboard-password");
        Button open = new Button(texts.get("wallet.unlock.button"));
        open.setId("onboard-unlock");
        open.setOnAction(e -> unlock.unlock(WalletTexts.take(password)));
        password.setOnAction(open.getOnAction());
        return List.of(texts.body("onboard.review.unlock"), new HBox(10, password, open),
                texts.feedbackLabel(unlock.feedbackProperty(), "onboard-unlock-feedback"));
    }

    private List<Node> noWallet() {
        Button setUp = new Button(texts.get("onboard.review.setUpWallet"));
        setUp.setId("onboard-wallet");
        setUp.setOnAction(e -> openWallet.run());
        return List.of(texts.body("onboard.review.noWallet"), setUp);
    }

    private List<Node> done(OnboardDevice.Result result) {
        Label registered = new WrappingLabel(result.transactionHash()
                .map(hash -> texts.get("onboard.done.registered", model.nameProperty().get(), hash))
                .orElse(texts.get("onboard.done.already", model.nameProperty().get())), new FontIcon(Feather.CHECK_CIRCLE));
        registered.setId("onboard-registered");
        OnboardingViewModel.FirstHeartbeat beat = model.heartbeatProperty().get();
        Label heartbeat = new WrappingLabel(texts.get(beat == null || beat == OnboardingViewModel.FirstHeartbeat.WAITING
                ? "onboard.done.waiting" : beat == OnboardingViewModel.FirstHeartbeat.ACCEPTED
                ? "onboard.done.earning" : "onboard.done.notYet"));
        heartbeat.setId("onboard-heartbeat");
        Button again = new Button(texts.get("onboard.done.again"));
        again.setId("onboard-again");
        again.setOnAction(e -> model.addAnother());
        List<Node> nodes = new ArrayList<>(List.of(texts.heading("onboard.done.title", Feather.RADIO), registered, heartbeat));
        if (result.trust() == TrustClass.HOST_ATTESTED) {
            Label note = muted("onboard.done.hostAttested");
            note.setId("onboard-host-note");
            nodes.add(note);
        }
        nodes.add(again);
        return nodes;
    }

    private Button startOver() {
        Button back = new Button(texts.get("onboard.startOver"));
        back.setId("onboard-start-over");
        back.setOnAction(e -> model.startOver());
        return back;
    }

    private GridPane grid(List<String> keys, List<String> values) {
        GridPane grid = new GridPane(24, 8);
        for (int i = 0; i < keys.size(); i++) {
            Label value = new Label(values.get(i));
            value.setId("onboard-fact-" + i);
            grid.addRow(i, mutedText(texts.get(keys.get(i))), value);
        }
        return grid;
    }

    private TextField field(String id, String promptKey) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(texts.get(promptKey));
        field.setPrefColumnCount(24);
        return field;
    }

    private Label labelFor(String key, Node field) {
        Label label = new Label(texts.get(key));
        label.setLabelFor(field);
        return label;
    }

    private static Label wrapped(String text) {
        return new WrappingLabel(text);
    }

    private Label muted(String key) {
        return mutedText(texts.get(key));
    }

    private static Label mutedText(String text) {
        Label label = new WrappingLabel(text);
        label.getStyleClass().add("text-muted");
        return label;
    }
}
