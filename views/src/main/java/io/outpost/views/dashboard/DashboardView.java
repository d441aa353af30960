package io.outpost.views.dashboard;

import io.outpost.app.dashboard.Fleet;
import io.outpost.app.dashboard.Payback;
import io.outpost.app.dashboard.Paybacks;
import io.outpost.i18n.Messages;
import io.outpost.views.common.BuiltWhenShown;
import io.outpost.views.common.EmptyState;
import io.outpost.views.common.ScreenFrame;
import io.outpost.views.common.ScreenView;
import io.outpost.views.common.TextConverter;
import io.outpost.views.common.WrappingLabel;
import io.outpost.views.wallet.WalletTexts;
import java.io.File;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.transformation.SortedList;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Code-built, data-driven: the fleet's tiles, earnings per day and the device table. It reads the fleet when
 * shown and every 20 s while it stays shown, so a device that stops shows offline within two minutes (90 s without a
 * heartbeat, then at most one refresh).
 */
public final class DashboardView implements ScreenView {
    private static final Duration REFRESH = Duration.seconds(20);

    private final DashboardViewModel model;
    private final DashboardTexts texts;
    private final Messages messages;
    private final Runnable openWallet;
    private final DeviceDetailViewModel detail;
    private final PaybackViewModel payback;
    private final BooleanProperty detailShown = new SimpleBooleanProperty();
    private final Parent root;

    public DashboardView(DashboardViewModel model, DeviceDetailViewModel detail, PaybackViewModel payback, Runnable openWallet,
                         Messages messages) {
        this.model = model;
        this.detail = detail;
        this.payback = payback;
        this.texts = new DashboardTexts(messages);
        this.messages = messages;
        this.openWallet = openWallet;
        Node empty = new EmptyState(Feather.ACTIVITY, messages.get("dashboard.empty.title"), messages.get("dashboard.empty.body"));
        empty.visibleProperty().bind(model.emptyProperty());
        // A new user sees only the empty state: the overview and a device's page are built when first shown.
        Node overview = new BuiltWhenShown(Bindings.createBooleanBinding(() -> !detailShown.get()
                        && (model.failedProperty().get() || model.fleetProperty().get() != null && !model.emptyProperty().get()),
                detailShown, model.failedProperty(), model.fleetProperty(), model.emptyProperty()), () -> scrolling(overview()));
        Node page = new BuiltWhenShown(detailShown, () -> scrolling(new DeviceDetailView(detail, texts,
                () -> model.fleetProperty().get().token(), () -> detailShown.set(false),
                new PaybackSection(payback, texts, new WalletTexts(messages)).root()).root()));
        root = ScreenFrame.of("screen-dashboard", messages.get("dashboard.title"), new StackPane(empty, overview, page));
        Timeline every = new Timeline(new KeyFrame(REFRESH, e -> refresh()));
        every.setCycleCount(Timeline.INDEFINITE);
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                refresh();
                every.play();
            } else {
                every.stop();
            }
        });
        root.getProperties().put(DashboardView.class, this);
    }

    private void refresh() {
        model.refresh();
        payback.refreshFleet();
    }

    @Override
    public Parent root() {
        return root;
    }

    private static ScrollPane scrolling(Node content) {
        ScrollPane pane = new ScrollPane(content);
        pane.setFitToWidth(true);
        return pane;
    }

    private VBox overview() {
        Label failed = new WrappingLabel(texts.get("dashboard.failed"));
        failed.setId("dashboard-failed");
        failed.visibleProperty().bind(model.failedProperty());
        failed.managedProperty().bind(model.failedProperty());
        VBox content = new VBox(16, failed, tiles(), claim(), chart(), table(), export());
        content.setId("dashboard-overview");
        return content;
    }

    private FlowPane tiles() {
        FlowPane tiles = new FlowPane(12, 12,
                Tiles.value("tile-online", texts.get("dashboard.tile.online"),
                        text(f -> texts.get("dashboard.tile.onlineValue", f.online(), f.total())),
                        text(f -> texts.get("dashboard.tile.onlineDetail"))),
                Tiles.value("tile-uptime", texts.get("dashboard.tile.uptime"), text(f -> texts.percent(f.uptime24h())),
                        text(f -> texts.get("dashboard.tile.uptimeDetail", texts.percent(f.uptime7d()), texts.percent(f.uptime30d())))),
                Tiles.value("tile-earned", texts.get("dashboard.tile.earned"), text(f -> texts.tokens(f.token(), f.earnedToday())),
                        text(f -> texts.get("dashboard.tile.earnedDetail", texts.tokens(f.token(), f.earned7d()),
                                texts.tokens(f.token(), f.earned30d())))),
                Tiles.value("tile-pending", texts.get("dashboard.tile.pending"), text(f -> texts.tokens(f.token(), f.pendingRewards())),
                        text(f -> texts.get(f.pendingRewards().isPresent() ? "dashboard.tile.pendingDetail" : "dashboard.tile.unreachable"))),
                Tiles.value("tile-staked", texts.get("dashboard.tile.staked"), text(f -> texts.tokens(f.token(), f.staked())),
                        text(f -> texts.get("dashboard.tile.stakedDetail"))),
                Tiles.value("tile-hexes", texts.get("dashboard.tile.hexes"), text(f -> Integer.toString(f.hexesCovered())),
                        text(f -> texts.get("dashboard.tile.hexesDetail"))),
                Tiles.value("tile-payback", texts.get("dashboard.roi.tile"), paybackText(this::paidBack), paybackText(this::paybackDetail)));
        tiles.setId("dashboard-tiles");
        return tiles;
    }

    private Button claim() {
        Button claim = new Button(texts.get("dashboard.claim"));
        claim.setId("dashboard-claim");
        claim.setOnAction(e -> openWallet.run());
        claim.visibleProperty().bind(Bindings.createBooleanBinding(() -> model.fleetProperty().get() != null
                && model.fleetProperty().get().pendingRewards().map(p -> p.signum() > 0).orElse(false), model.fleetProperty()));
        claim.managedProperty().bind(claim.visibleProperty());
        return claim;
    }

    // Earnings per day, in whole and fractional tokens, for the last 30 days.
    private BarChart<String, Number> chart() {
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis());
        chart.setId("dashboard-chart");
        chart.setTitle(texts.get("dashboard.chart.title"));
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setPrefHeight(240);
        // Subscribed, not listened to: the overview may be built after the figures came.
        model.fleetProperty().subscribe(fleet -> {
            if (fleet == null) {
                return;
            }
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            for (Fleet.DayTotal day : fleet.earningsPerDay()) {
                series.getData().add(new XYChart.Data<>(texts.shortDay(day.day()),
                        new BigDecimal(day.amount()).movePointLeft(fleet.token().decimals()).doubleValue()));
            }
            chart.getData().setAll(List.of(series));
        });
        return chart;
    }

    private VBox table() {
        TextField filter = new TextField();
        filter.setId("dashboard-filter");
        filter.setPromptText(texts.get("dashboard.filter"));
        filter.textProperty().bindBidirectional(model.filterProperty());
        TableView<Fleet.DeviceRow> table = new TableView<>();
        table.setId("dashboard-devices");
        SortedList<Fleet.DeviceRow> sorted = new SortedList<>(model.shownDevices());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getColumns().setAll(List.of(
                column("dashboard.column.name", Fleet.DeviceRow::name),
                column("dashboard.column.status", texts::status),
                column("dashboard.column.lastSeen", texts::lastSeen),
                column("dashboard.column.uptime7d", row -> texts.percent(row.uptime7d())),
                column("dashboard.column.earned7d", row -> texts.tokens(model.fleetProperty().get().token(), row.earned7d())),
                column("dashboard.column.proof", row -> texts.trust(row.trust()))));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(260);
        table.setPlaceholder(new Label(texts.get("dashboard.table.none")));
        // A device's page: double-click its row, or Enter on it.
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                open(table.getSelectionModel().getSelectedItem());
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                open(table.getSelectionModel().getSelectedItem());
            }
        });
        Label hint = new Label(texts.get("dashboard.table.hint"));
        hint.getStyleClass().add("text-muted");
        return new VBox(8, filter, table, hint);
    }

    private void open(Fleet.DeviceRow row) {
        if (row != null) {
            detailShown.set(true); // first: the page is built when first shown, and then hears what show() reads
            detail.show(row);
            payback.show(row.device());
        }
    }

    // Earnings per day and device with the claims' hashes, for taxes: a range, then CSV or JSON into a file.
    private VBox export() {
        ComboBox<DashboardViewModel.ExportRange> range = new ComboBox<>();
        range.setId("dashboard-export-range");
        range.getItems().setAll(DashboardViewModel.ExportRange.values());
        range.setConverter(TextConverter.of(choice -> texts.get(switch (choice) {
            case THIS_YEAR -> "dashboard.export.thisYear";
            case LAST_YEAR -> "dashboard.export.lastYear";
            case EVERYTHING -> "dashboard.export.everything";
        })));
        range.setValue(DashboardViewModel.ExportRange.THIS_YEAR);
        Button csv = new Button(texts.get("dashboard.export.csv"), new FontIcon(Feather.DOWNLOAD));
        csv.setId("dashboard-export-csv");
        csv.setOnAction(e -> chooseFile(range.getValue(), false));
        Button json = new Button(texts.get("dashboard.export.json"));
        json.setId("dashboard-export-json");
        json.setOnAction(e -> chooseFile(range.getValue(), true));
        Label heading = new Label(texts.get("dashboard.export.title"));
        heading.getStyleClass().add("title-4");
        return new VBox(8, heading, new Label(texts.get("dashboard.export.body")), new HBox(10, range, csv, json),
                new WalletTexts(messages).feedbackLabel(model.exportFeedbackProperty(), "dashboard-export-feedback"));
    }

    private void chooseFile(DashboardViewModel.ExportRange range, boolean json) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get("dashboard.export.title"));
        chooser.setInitialFileName("outpost-earnings." + (json ? "json" : "csv"));
        File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file != null) {
            model.export(range, file.toPath(), json);
        }
    }

    private TableColumn<Fleet.DeviceRow, String> column(String key, Function<Fleet.DeviceRow, String> value) {
        TableColumn<Fleet.DeviceRow, String> column = new TableColumn<>(texts.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }

    // The share of the fleet's costs earned back; a dash before any costs are entered.
    private String paidBack(Paybacks.FleetPayback fleet) {
        return fleet.payback().map(p -> texts.percent(p.paidBack())).orElse(texts.get("dashboard.unknown"));
    }

    // Earned against cost and when it pays for itself, and of how many devices; or where to enter costs.
    private String paybackDetail(Paybacks.FleetPayback fleet) {
        if (fleet.payback().isEmpty()) {
            return texts.get("dashboard.roi.tile.enter");
        }
        Payback p = fleet.payback().get();
        String detail = texts.get("dashboard.roi.tile.detail", texts.money(p.earnedMoney(), p.currency()),
                texts.money(p.cost(), p.currency()), texts.outlook(p, true));
        return fleet.withCosts() == fleet.devices() ? detail : texts.get("dashboard.roi.tile.some", detail, fleet.withCosts(), fleet.devices());
    }

    private ObservableStringValue paybackText(Function<Paybacks.FleetPayback, String> of) {
        return Bindings.createStringBinding(() -> payback.fleetProperty().get() == null ? ""
                : of.apply(payback.fleetProperty().get()), payback.fleetProperty());
    }

    // A text that follows the fleet; empty until the first read is in.
    private ObservableStringValue text(Function<Fleet, String> of) {
        return Bindings.createStringBinding(() -> model.fleetProperty().get() == null ? ""
                : of.apply(model.fleetProperty().get()), model.fleetProperty());
    }
}
