package io.outpost.views.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.app.dashboard.Payback;
import io.outpost.app.dashboard.Paybacks;
import io.outpost.app.history.HistoryStore;
import io.outpost.app.onboarding.MyDevices;
import io.outpost.app.onboarding.TrustClass;
import io.outpost.app.tasks.TaskRunner;
import io.outpost.network.NetworkProfile;
import io.outpost.network.NetworkProfiles;
import io.outpost.views.wallet.Feedback;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The payback form without a toolkit: typed the German way, each wrong field told, kept in the real history file. */
class PaybackViewModelTest {
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final String DEVICE = "0x" + "d".repeat(40);
    private static final Currency EUR = Currency.getInstance("EUR");

    @TempDir
    Path temp;

    private static String key(ObjectProperty<Feedback> feedback) {
        return feedback.get() == null ? null : feedback.get().key();
    }

    private PaybackViewModel model(HistoryStore history, Currency usual) {
        NetworkProfile devnet = NetworkProfiles.builtIn().byIdOrDefault(NetworkProfiles.DEVNET_ID);
        Paybacks paybacks = new Paybacks(() -> devnet, chain -> List.of(new MyDevices.MyDevice(DEVICE, chain, "0x" + "a".repeat(40),
                "Roof antenna", TrustClass.HARDWARE_VERIFIED, 0, Optional.empty(), Optional.empty())), history,
                Clock.fixed(NOW, ZoneOffset.UTC));
        return new PaybackViewModel(TaskRunner.sameThread(), () -> paybacks, () -> Locale.GERMAN, usual);
    }

    private HistoryStore open() {
        return HistoryStore.open(temp.resolve("history.db"), Clock.fixed(NOW, ZoneOffset.UTC), () -> 0);
    }

    @Test
    void costsTypedTheGermanWayAreKeptAndShownAgainTheSameWay() {
        try (HistoryStore history = open()) {
            PaybackViewModel model = model(history, EUR);
            model.show(DEVICE);
            assertThat(model.deviceProperty().get().costs()).isEmpty();
            assertThat(model.currencyProperty().get()).isEqualTo(EUR);
            model.hardwareProperty().set("1.149,90");
            model.onboardingProperty().set("");
            model.priceProperty().set("0,25");
            model.save();

            assertThat(key(model.feedbackProperty())).isEqualTo("dashboard.roi.saved");
            Payback payback = model.deviceProperty().get().payback().orElseThrow();
            assertThat(payback.cost()).isEqualByComparingTo("1149.90");
            assertThat(payback.outlook()).as("no epoch recorded yet").isEqualTo(Payback.Outlook.NOT_ENOUGH_HISTORY);
            assertThat(model.fleetProperty().get().withCosts()).as("the fleet's tile follows").isEqualTo(1);
        }
        try (HistoryStore reopened = open()) {
            PaybackViewModel model = model(reopened, Currency.getInstance("USD"));
            model.show(DEVICE);
            assertThat(model.hardwareProperty().get()).isEqualTo("1149,90");
            assertThat(model.onboardingProperty().get()).as("left empty: nothing").isEqualTo("0,00");
            assertThat(model.priceProperty().get()).isEqualTo("0,25");
            assertThat(model.currencyProperty().get()).as("the currency chosen, not the usual one").isEqualTo(EUR);
        }
    }

    @Test
    void eachWrongFieldSaysWhatIsWrongAndNothingIsKept() {
        try (HistoryStore history = open()) {
            PaybackViewModel model = model(history, EUR);
            model.show(DEVICE);
            model.hardwareProperty().set("abc");
            model.onboardingProperty().set("-5");
            model.priceProperty().set("");
            model.save();
            assertThat(model.hardwareProblemProperty().get().args()).containsExactly("abc", "149,90");
            assertThat(key(model.hardwareProblemProperty())).isEqualTo("dashboard.roi.problem.notANumber");
            assertThat(key(model.onboardingProblemProperty())).isEqualTo("dashboard.roi.problem.negative");
            assertThat(key(model.priceProblemProperty())).isEqualTo("dashboard.roi.problem.priceMissing");

            model.hardwareProperty().set("9,999");
            model.onboardingProperty().set("10");
            model.priceProperty().set("0");
            model.save();
            assertThat(model.hardwareProblemProperty().get().args()).containsExactly(2);
            assertThat(key(model.onboardingProblemProperty())).as("fixed").isNull();
            assertThat(key(model.priceProblemProperty())).isEqualTo("dashboard.roi.problem.priceZero");

            model.currencyProperty().set(Currency.getInstance("JPY"));
            model.hardwareProperty().set("15000,5");
            model.priceProperty().set("30");
            model.save();
            assertThat(key(model.hardwareProblemProperty())).isEqualTo("dashboard.roi.problem.wholeOnly");
            assertThat(key(model.feedbackProperty())).isNull();
            assertThat(history.costs().costs(DEVICE)).as("nothing was kept").isEmpty();
        }
    }

    @Test
    void emptyingBothCostsForgetsThemAndTheTokenPriceStays() {
        try (HistoryStore history = open()) {
            PaybackViewModel model = model(history, EUR);
            model.show(DEVICE);
            model.hardwareProperty().set("0");
            model.onboardingProperty().set("0");
            model.priceProperty().set("1");
            model.save();
            assertThat(model.deviceProperty().get().payback().orElseThrow().outlook()).isEqualTo(Payback.Outlook.NOTHING_TO_PAY_BACK);

            model.hardwareProperty().set(" ");
            model.onboardingProperty().set("");
            model.save();
            assertThat(key(model.feedbackProperty())).isEqualTo("dashboard.roi.removed");
            assertThat(model.deviceProperty().get().costs()).isEmpty();
            assertThat(model.deviceProperty().get().payback()).isEmpty();
            assertThat(history.costs().price("devnet").orElseThrow().perToken()).isEqualByComparingTo(BigDecimal.ONE);
            assertThat(model.fleetProperty().get().payback()).isEmpty();
        }
    }
}
