package io.outpost.views.dashboard;

import io.outpost.app.dashboard.DeviceDetail;
import io.outpost.app.history.History;
import io.outpost.network.NetworkProfile;
import io.outpost.views.common.WrappingLabel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Code-built: one device's timeline, whether it pays for itself, readings and epochs (what it earned, and why), under
 * the dashboard.
 */
final class DeviceDetailView {
    private final DeviceDetailViewModel model;
    private final DashboardTexts texts;
    private final Supplier<NetworkProfile.TokenInfo> token;
    private final VBox root;

    DeviceDetailView(DeviceDetailViewModel model, DashboardTexts texts, Supplier<NetworkProfile.TokenInfo> token, Runnable back,
                     Node payback) {
        this.model = model;
        this.texts = texts;
        this.token = token;
        Button toOverview = new Button(texts.get("dashboard.detail.back"), new FontIcon(Feather.ARROW_LEFT));
        toOverview.setId("device-back");
        toOverview.setOnAction(e -> back.run());
        Label name = new Label();
        name.getStyleClass().add("title-3");
        name.textProperty().bind(Bindings.createStringBinding(() -> model.deviceProperty().get() == null ? ""
                : model.deviceProperty().get().name(), model.deviceProperty()));
        Label uptime = new WrappingLabel();
        uptime.setId("device-uptime");
        uptime.textProperty().bind(Bindings.createStringBinding(() -> model.timelineProperty().get() == null ? ""
                : texts.get("dashboard.detail.uptime", texts.percent(model.timelineProperty().get().uptime()),
                texts.dateTime(model.timelineProperty().get().from()), texts.dateTime(model.timelineProperty().get().to())),
                model.timelineProperty()));
        root = new VBox(12, toOverview, name, zoomButtons(), new UptimeTimeline(model), uptime, payback, readingsChart(),
                new Label(texts.get("dashboard.detail.epochs")), epochs(), difference());
        root.setId("device-detail");
    }

    VBox root() {
        return root;
    }

    // Why the two uptimes of an epoch can differ.
    private Label difference() {
        Label note = new WrappingLabel(texts.get("dashboard.epoch.difference"));
        note.getStyleClass().add("text-muted");
        return note;
    }

    private HBox zoomButtons() {
        HBox buttons = new HBox(8);
        for (DeviceDetailViewModel.Zoom zoom : DeviceDetailViewModel.Zoom.values()) {
            Button show = new Button(texts.get(switch (zoom) {
                case DAY -> "dashboard.zoom.day";
                case WEEK -> "dashboard.zoom.week";
                case MONTH -> "dashboard.zoom.month";
                case YEAR -> "dashboard.zoom.year";
            }));
            show.setId("device-zoom-" + zoom.name().toLowerCase(Locale.ROOT));
            show.setOnAction(e -> model.zoom(zoom));
            buttons.getChildren().add(show);
        }
        return buttons;
    }

    private LineChart<Number, Number> readingsChart() {
        NumberAxis time = new NumberAxis();
        time.setForceZeroInRange(false);
        time.setTickLabelsVisible(false);
        LineChart<Number, Number> chart = new LineChart<>(time, new NumberAxis());
        chart.setId("device-readings");
        chart.setCreateSymbols(false);
        chart.setAnimated(false);
        chart.setPrefHeight(220);
        chart.setTitle(texts.get("dashboard.detail.readings"));
        chart.visibleProperty().bind(Bindings.isNotEmpty(model.readings()));
        chart.managedProperty().bind(chart.visibleProperty());
        model.readings().addListener((ListChangeListener<DeviceDetail.Series>) change -> {
            List<XYChart.Series<Number, Number>> series = model.readings().stream().map(reading -> {
                XYChart.Series<Number, Number> line = new XYChart.Series<>();
                line.setName(texts.metric(reading.metric()));
                for (History.Point point : reading.points()) {
                    line.getData().add(new XYChart.Data<>(point.at().getEpochSecond(), point.value()));
                }
                return line;
            }).toList();
            chart.getData().setAll(series);
        });
        return chart;
    }

    // The table, and below it why the chosen epoch (the newest until another is chosen) paid what it did.
    private VBox epochs() {
        TableView<History.EpochEarning> table = epochTable();
        Label why = new WrappingLabel();
        why.setId("device-why");
        why.textProperty().bind(Bindings.createStringBinding(() -> {
            History.EpochEarning chosen = table.getSelectionModel().getSelectedItem();
            History.EpochEarning epoch = chosen != null ? chosen : model.epochs().isEmpty() ? null : model.epochs().getFirst();
            return epoch == null ? "" : why(epoch);
        }, table.getSelectionModel().selectedItemProperty(), model.epochs()));
        return new VBox(8, table, why);
    }

    private TableView<History.EpochEarning> epochTable() {
        TableView<History.EpochEarning> table = new TableView<>(model.epochs());
        table.setId("device-epochs");
        table.getColumns().setAll(List.of(
                column("dashboard.epoch.number", epoch -> texts.get("dashboard.epoch.name", epoch.epoch(), texts.dateTime(epoch.end()))),
                column("dashboard.epoch.local", epoch -> texts.percent(epoch.localUptime())),
                column("dashboard.epoch.network", epoch -> texts.percent(epoch.networkUptime())),
                column("dashboard.epoch.earned", epoch -> texts.tokens(token.get(), epoch.amount()))));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(200);
        table.setPlaceholder(new Label(texts.get("dashboard.epoch.none")));
        return table;
    }

    // "why did I earn X": the oracle's own factors, multiplied out.
    private String why(History.EpochEarning epoch) {
        NetworkProfile.TokenInfo info = token.get();
        return texts.get("dashboard.epoch.whyText", texts.tokens(info, epoch.emission()), texts.percent(epoch.networkUptime()),
                texts.percent(epoch.scale()), epoch.devicesInCell(), new BigDecimal(epoch.boost()).setScale(2, RoundingMode.HALF_UP),
                texts.tokens(info, epoch.amount()));
    }

    private TableColumn<History.EpochEarning, String> column(String key,
                                                           Function<History.EpochEarning, String> value) {
        TableColumn<History.EpochEarning, String> column = new TableColumn<>(texts.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }
}
