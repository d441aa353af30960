package io.outpost.views.dashboard;

import io.outpost.views.common.WrappingLabel;
import io.outpost.app.dashboard.Payback;
import io.outpost.app.dashboard.Paybacks;
import io.outpost.views.common.TextConverter;
import io.outpost.views.wallet.Feedback;
import io.outpost.views.wallet.WalletTexts;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A device's "Paying for itself": the form for what it cost and what a token is worth, each field with what is
 * wrong with it beside it, then what it earned so far, the share of the cost that is, and when it pays for itself.
 */
final class PaybackSection {
    private static final double FIELD_WIDTH = 240;
    private final PaybackViewModel model;
    private final DashboardTexts texts;
    private final WalletTexts feedback;
    private final VBox root;

    PaybackSection(PaybackViewModel model, DashboardTexts texts, WalletTexts feedback) {
        this.model = model;
        this.texts = texts;
        this.feedback = feedback;
        Label title = new Label(texts.get("dashboard.roi.title"));
        title.getStyleClass().add("title-4");
        Label intro = new WrappingLabel();
        intro.textProperty().bind(Bindings.createStringBinding(() -> texts.get("dashboard.roi.intro", symbol()), model.deviceProperty()));
        Button save = new Button(texts.get("dashboard.roi.save"));
        save.setId("roi-save");
        save.setOnAction(e -> model.save());
        save.disableProperty().bind(model.busyProperty());
        root = new VBox(10, title, intro, form(), new HBox(12, save, feedback.feedbackLabel(model.feedbackProperty(), "roi-feedback")),
                results());
        root.setId("device-payback");
    }

    VBox root() {
        return root;
    }

    private GridPane form() {
        GridPane grid = new GridPane(12, 8);
        // Labels keep their width and fields theirs; what is wrong with a field wraps beside it.
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints problems = new ColumnConstraints();
        problems.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, new ColumnConstraints(FIELD_WIDTH, FIELD_WIDTH, FIELD_WIDTH), problems);
        field(grid, 0, new Label(texts.get("dashboard.roi.hardware")), "roi-hardware", model.hardwareProperty(),
                model.hardwareProblemProperty());
        field(grid, 1, new Label(texts.get("dashboard.roi.onboarding")), "roi-onboarding", model.onboardingProperty(),
                model.onboardingProblemProperty());
        ComboBox<Currency> currency = new ComboBox<>(model.currencies());
        currency.setId("roi-currency");
        Locale locale = texts.locale();
        currency.setConverter(TextConverter.of(c -> c.getCurrencyCode() + " · " + c.getDisplayName(locale)));
        currency.valueProperty().bindBidirectional(model.currencyProperty());
        currency.setMaxWidth(Double.MAX_VALUE);
        grid.addRow(2, new Label(texts.get("dashboard.roi.currency")), currency);
        Label price = new Label();
        price.textProperty().bind(Bindings.createStringBinding(() -> texts.get("dashboard.roi.price", symbol(),
                model.currencyProperty().get() == null ? "" : model.currencyProperty().get().getSymbol(locale)),
                model.currencyProperty(), model.deviceProperty()));
        field(grid, 3, price, "roi-price", model.priceProperty(), model.priceProblemProperty());
        return grid;
    }

    private void field(GridPane grid, int row, Label label, String id, StringProperty value, ObjectProperty<Feedback> problem) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        field.setOnAction(e -> model.save());
        label.setLabelFor(field);
        grid.addRow(row, label, field, feedback.feedbackLabel(problem, id + "-problem"));
    }

    // What it earned, how much of the cost that is, and when it pays (or paid) for itself: once costs are in.
    private VBox results() {
        Label earned = new Label();
        earned.setId("roi-earned");
        earned.textProperty().bind(payback((page, p) -> texts.get("dashboard.roi.earned",
                texts.tokens(page.token(), p.earnedUnits()), texts.money(p.earnedMoney(), p.currency()))));
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(240);
        bar.progressProperty().bind(Bindings.createDoubleBinding(() -> current().map(p -> Math.min(1, p.paidBack())).orElse(0.0),
                model.deviceProperty()));
        Label paid = new Label();
        paid.setId("roi-paid");
        paid.textProperty().bind(payback((page, p) -> texts.get("dashboard.roi.paid", texts.money(p.earnedMoney(), p.currency()),
                texts.money(p.cost(), p.currency()), texts.percent(p.paidBack()))));
        Label outlook = new WrappingLabel();
        outlook.setId("roi-outlook");
        outlook.getStyleClass().add("title-4");
        outlook.textProperty().bind(payback((page, p) -> texts.outlook(p, false)));
        VBox results = new VBox(8, earned, new HBox(12, bar, paid), outlook);
        results.visibleProperty().bind(Bindings.createBooleanBinding(() -> current().isPresent(), model.deviceProperty()));
        results.managedProperty().bind(results.visibleProperty());
        return results;
    }

    private Optional<Payback> current() {
        return Optional.ofNullable(model.deviceProperty().get()).flatMap(Paybacks.DevicePayback::payback);
    }

    // The network's token ("OPT"); nothing until the page is read.
    private String symbol() {
        Paybacks.DevicePayback page = model.deviceProperty().get();
        return page != null ? page.token().symbol() : "";
    }

    private ObservableStringValue payback(BiFunction<Paybacks.DevicePayback, Payback, String> of) {
        return Bindings.createStringBinding(() -> current().map(p -> of.apply(model.deviceProperty().get(), p)).orElse(""),
                model.deviceProperty());
    }
}
