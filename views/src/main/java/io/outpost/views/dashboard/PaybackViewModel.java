package io.outpost.views.dashboard;

import io.outpost.app.dashboard.MoneyInput;
import io.outpost.app.dashboard.Paybacks;
import io.outpost.app.history.CostBook;
import io.outpost.app.tasks.TaskRunner;
import io.outpost.views.wallet.Feedback;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Whether the devices pay for themselves: on a device's page the form for what it cost and what a token is worth
 * (typed the way the user's language writes numbers; each field says what is wrong with it), and the payback; on
 * the dashboard the fleet's. Reads and writes go through the {@link TaskRunner}.
 */
public final class PaybackViewModel {
    /** Decimals a token's price may have: a token can be worth a fraction of a cent. */
    static final int PRICE_DECIMALS = 8;
    private static final BigDecimal EXAMPLE = new BigDecimal("149.90");

    private final TaskRunner tasks;
    private final Supplier<Paybacks> paybacks;
    private final Supplier<Locale> locale;
    private final Currency usual;
    private final StringProperty hardware = new SimpleStringProperty("");
    private final StringProperty onboarding = new SimpleStringProperty("");
    private final StringProperty price = new SimpleStringProperty("");
    private final ObjectProperty<Currency> currency = new SimpleObjectProperty<>();
    private final ObservableList<Currency> currencies = FXCollections.observableArrayList();
    private final ObjectProperty<Feedback> hardwareProblem = new SimpleObjectProperty<>();
    private final ObjectProperty<Feedback> onboardingProblem = new SimpleObjectProperty<>();
    private final ObjectProperty<Feedback> priceProblem = new SimpleObjectProperty<>();
    private final ObjectProperty<Feedback> feedback = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<Paybacks.DevicePayback> device = new SimpleObjectProperty<>();
    private final ObjectProperty<Paybacks.FleetPayback> fleet = new SimpleObjectProperty<>();
    private String shown;

    /**
     * @param locale the language shown, whose way of writing numbers the fields read and write
     * @param usual  the currency offered when none was chosen yet (the user's country's)
     */
    public PaybackViewModel(TaskRunner tasks, Supplier<Paybacks> paybacks, Supplier<Locale> locale, Currency usual) {
        this.tasks = tasks;
        this.paybacks = paybacks;
        this.locale = locale;
        this.usual = usual;
        currencies.setAll(MoneyInput.choices(usual));
        currency.set(usual);
    }

    /** Shows {@code device}'s costs and payback (empty fields when none were entered). */
    public void show(String device) {
        shown = device;
        this.device.set(null);
        hardware.set("");
        onboarding.set("");
        price.set("");
        currency.set(usual);
        clearProblems();
        feedback.set(null);
        tasks.run(() -> paybacks.get().device(device), page -> {
            if (device.equals(shown)) {
                loaded(page);
            }
        }, failure -> feedback.set(Feedback.problem("dashboard.roi.failed")));
    }

    /** Reads the fleet's payback again (with the dashboard's other figures). */
    public void refreshFleet() {
        tasks.run(() -> paybacks.get().fleet(), fleet::set, failure -> { });
    }

    /**
     * Checks the form and keeps it: costs (an empty one is zero) and the token price, which they need. Both costs
     * left empty forget the device's costs.
     */
    public void save() {
        String device = shown;
        clearProblems();
        feedback.set(null);
        if (device == null || busy.get()) {
            return;
        }
        if (hardware.get().isBlank() && onboarding.get().isBlank()) {
            run(() -> paybacks.get().remove(device), "dashboard.roi.removed");
            return;
        }
        int decimals = MoneyInput.decimalsOf(currency.get());
        Optional<BigDecimal> hardwareCost = checked(hardware.get(), decimals, hardwareProblem);
        Optional<BigDecimal> onboardingCost = checked(onboarding.get(), decimals, onboardingProblem);
        Optional<BigDecimal> perToken = checked(price.get(), PRICE_DECIMALS, priceProblem);
        if (priceProblem.get() == null && perToken.map(p -> p.signum() == 0).orElse(true)) {
            priceProblem.set(Feedback.problem(perToken.isEmpty() ? "dashboard.roi.problem.priceMissing" : "dashboard.roi.problem.priceZero"));
        }
        if (hardwareProblem.get() != null || onboardingProblem.get() != null || priceProblem.get() != null) {
            return;
        }
        CostBook.DeviceCosts costs = new CostBook.DeviceCosts(hardwareCost.orElse(BigDecimal.ZERO), onboardingCost.orElse(BigDecimal.ZERO));
        CostBook.TokenPrice tokenPrice = new CostBook.TokenPrice(currency.get(), perToken.orElseThrow());
        run(() -> paybacks.get().save(device, costs, tokenPrice), "dashboard.roi.saved");
    }

    // An amount, or empty when none was typed; a problem set on {@code problem} when it is no amount.
    private Optional<BigDecimal> checked(String typed, int decimals, ObjectProperty<Feedback> problem) {
        MoneyInput.Parsed parsed = MoneyInput.parse(typed, locale.get(), decimals);
        parsed.problem().ifPresent(wrong -> problem.set(switch (wrong) {
            case NOT_A_NUMBER -> Feedback.problem("dashboard.roi.problem.notANumber", typed.strip(), format(EXAMPLE, 2));
            case NEGATIVE -> Feedback.problem("dashboard.roi.problem.negative");
            case TOO_MANY_DECIMALS -> decimals == 0 ? Feedback.problem("dashboard.roi.problem.wholeOnly")
                    : Feedback.problem("dashboard.roi.problem.decimals", decimals);
        }));
        return parsed.amount();
    }

    private void run(Callable<Paybacks.DevicePayback> work, String done) {
        busy.set(true);
        tasks.run(work, page -> {
            busy.set(false);
            loaded(page);
            feedback.set(Feedback.success(done));
            refreshFleet();
        }, failure -> {
            busy.set(false);
            feedback.set(Feedback.problem("dashboard.roi.failed"));
        });
    }

    private void loaded(Paybacks.DevicePayback page) {
        device.set(page);
        page.price().ifPresent(known -> {
            currency.set(known.currency());
            if (!currencies.contains(known.currency())) {
                currencies.add(0, known.currency());
            }
            price.set(format(known.perToken(), 0));
        });
        int decimals = MoneyInput.decimalsOf(currency.get());
        hardware.set(page.costs().map(costs -> format(costs.hardware(), decimals)).orElse(""));
        onboarding.set(page.costs().map(costs -> format(costs.onboarding(), decimals)).orElse(""));
    }

    // An amount the way the language writes it, without grouping, so it reads back as it is.
    private String format(BigDecimal amount, int minDecimals) {
        DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(locale.get());
        format.setGroupingUsed(false);
        format.setMinimumFractionDigits(minDecimals);
        format.setMaximumFractionDigits(Math.max(minDecimals, PRICE_DECIMALS));
        return format.format(amount);
    }

    private void clearProblems() {
        hardwareProblem.set(null);
        onboardingProblem.set(null);
        priceProblem.set(null);
    }

    public StringProperty hardwareProperty() {
        return hardware;
    }

    public StringProperty onboardingProperty() {
        return onboarding;
    }

    /** What one token is worth, in {@link #currencyProperty()}. */
    public StringProperty priceProperty() {
        return price;
    }

    public ObjectProperty<Currency> currencyProperty() {
        return currency;
    }

    /** The currencies to choose from: the user's first, then the common ones (and one chosen before). */
    public ObservableList<Currency> currencies() {
        return currencies;
    }

    public ObjectProperty<Feedback> hardwareProblemProperty() {
        return hardwareProblem;
    }

    public ObjectProperty<Feedback> onboardingProblemProperty() {
        return onboardingProblem;
    }

    public ObjectProperty<Feedback> priceProblemProperty() {
        return priceProblem;
    }

    /** Saved, forgotten, or could not be. */
    public ObjectProperty<Feedback> feedbackProperty() {
        return feedback;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** The device shown: what was entered and its payback; null until read. */
    public ObjectProperty<Paybacks.DevicePayback> deviceProperty() {
        return device;
    }

    /** The fleet's payback; null until read. */
    public ObjectProperty<Paybacks.FleetPayback> fleetProperty() {
        return fleet;
    }
}
