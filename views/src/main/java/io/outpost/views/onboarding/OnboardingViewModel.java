package io.outpost.views.onboarding;

import io.outpost.app.devices.DiscoveredPort;
import io.outpost.app.doctor.CheckResult;
import io.outpost.app.doctor.DoctorReport;
import io.outpost.app.onboarding.DeviceFacts;
import io.outpost.app.onboarding.OnboardDevice;
import io.outpost.app.onboarding.OnboardingProblem;
import io.outpost.app.onboarding.OnboardingProgress;
import io.outpost.app.onboarding.OnboardingSession;
import io.outpost.app.tasks.TaskRunner;
import io.outpost.devices.catalog.DeviceFamily;
import io.outpost.devices.odp.Coordinates;
import io.outpost.views.wallet.Feedback;
import io.outpost.wallet.WalletState;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The onboarding wizard: choose the plugged-in device, see it proved its key, name and place it, review what
 * it signs and what the network fee is about, then sign and register; it ends when the network accepts its
 * first heartbeat. Every slow step runs through the {@link TaskRunner}.
 */
public final class OnboardingViewModel {
    public enum Step { PLUG_IN, IDENTIFIED, PLACE, REVIEW, DONE }

    public enum FirstHeartbeat { WAITING, ACCEPTED, NOT_YET }

    static final Duration HEARTBEAT_WAIT = Duration.ofSeconds(90);

    private final OnboardingSession session;
    private final TaskRunner tasks;
    private final ObservableList<DiscoveredPort> plugged;
    private final ObservableValue<WalletState> walletState;
    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.PLUG_IN);
    private final StringProperty port = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty lat = new SimpleStringProperty("");
    private final StringProperty lon = new SimpleStringProperty("");
    private final ObjectProperty<DeviceFacts> facts = new SimpleObjectProperty<>();
    private final ObjectProperty<Map<String, Object>> reading = new SimpleObjectProperty<>(Map.of());
    private final ObjectProperty<OnboardDevice.Plan> plan = new SimpleObjectProperty<>();
    private final ObjectProperty<Coordinates> ownPosition = new SimpleObjectProperty<>();
    private final ObjectProperty<OnboardDevice.Result> result = new SimpleObjectProperty<>();
    private final ObjectProperty<FirstHeartbeat> heartbeat = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<Feedback> feedback = new SimpleObjectProperty<>();
    // The device an earlier run was adding: once it answers again, the wizard goes on where it was.
    private String resuming;
    // Told once the wizard is back where it was (each step clears the message line when it starts).
    private Feedback resumedNote;

    /** How long the plug-in step waits for a device before it shows what Outpost checked on this computer. */
    public static final Duration DIAGNOSE_AFTER = Duration.ofSeconds(10);

    // The doctor's checks that bear on a device that does not show up.
    private static final Set<String> DEVICE_CHECKS = Set.of("serialPorts", "serialAccess", "modemManager", "brltty",
            "usbWithoutPort");

    private final Callable<DoctorReport> doctor;
    private final ObservableList<CheckResult> diagnostics = FXCollections.observableArrayList();

    /** @param doctor the computer's serial checks (permissions, drivers, busy ports), each failed one with its fix */
    public OnboardingViewModel(OnboardingSession session, TaskRunner tasks, ObservableList<DiscoveredPort> plugged,
                               ObservableValue<WalletState> walletState, Callable<DoctorReport> doctor) {
        this.session = session;
        this.tasks = tasks;
        this.plugged = plugged;
        this.walletState = walletState;
        this.doctor = doctor;
        // A sensor's key (and so its address) is made from the wallet's: once unlocked, the review shows it.
        walletState.addListener((obs, old, now) -> {
            if (now == WalletState.UNLOCKED && step.get() == Step.REVIEW && plan.get() != null && plan.get().device().isEmpty()) {
                review();
            }
        });
    }

    /** No device appeared in time: runs the checks, whose failures (with their fixes) the step then shows. */
    public void diagnose() {
        if (step.get() != Step.PLUG_IN || !plugged.isEmpty()) {
            return;
        }
        tasks.run(doctor, report -> diagnostics.setAll(report.checks().stream()
                .filter(check -> DEVICE_CHECKS.contains(check.id())).toList()), failure -> { });
    }

    /** The checks shown on the plug-in step (empty until {@link #diagnose} ran). */
    public ObservableList<CheckResult> diagnostics() {
        return diagnostics;
    }

    /** Opens the chosen port and asks the device to prove who it is. */
    public void connect(String path) {
        port.set(path.strip());
        if (port.get().isEmpty()) {
            feedback.set(Feedback.problem("onboard.port.missing"));
            return;
        }
        run(() -> {
            DeviceFacts found = session.connect(port.get(), heard -> tasks.onUi(() -> reading.set(heard)));
            session.remember(new OnboardingProgress.Saved(port.get(), idOf(found), name.get(), lat.get(), lon.get()));
            return found;
        }, found -> {
            facts.set(found);
            reading.set(found.reading());
            boolean goOn = idOf(found).equals(resuming) && !name.get().isBlank();
            resuming = null;
            step.set(goOn ? Step.PLACE : Step.IDENTIFIED);
            if (goOn) {
                review();
            }
        });
    }

    /**
     * Goes on from an earlier run: what was typed comes back, and once its device answers on its port again the
     * wizard returns to where it was (a registration sent then is found again, never sent twice).
     */
    public void resume() {
        tasks.run(session::saved, saved -> saved.ifPresent(earlier -> {
            if (step.get() != Step.PLUG_IN || facts.get() != null) {
                return;
            }
            resuming = earlier.device();
            name.set(earlier.name());
            lat.set(earlier.lat());
            lon.set(earlier.lon());
            resumedNote = Feedback.success("onboard.resumed", earlier.name().isBlank() ? earlier.device() : earlier.name());
            connect(earlier.port());
        }), failure -> { });
    }

    public void toPlace() {
        feedback.set(null);
        ownPosition.set(null);
        step.set(Step.PLACE);
        tasks.run(session::ownPosition, found -> ownPosition.set(found.orElse(null)), failure -> { });
    }

    /** Fills in the place from coordinates (the device's own fix, or a GNSS receiver's). */
    public void usePosition(Coordinates where) {
        lat.set(String.format(Locale.ROOT, "%.6f", where.lat()));
        lon.set(String.format(Locale.ROOT, "%.6f", where.lon()));
        feedback.set(null);
    }

    /** Reads the position of the GNSS receiver on {@code gnssPort} and fills it in; says so when it has no fix. */
    public void readPositionFrom(String gnssPort) {
        run(() -> session.positionOf(gnssPort), found -> found.ifPresentOrElse(this::usePosition,
                () -> feedback.set(Feedback.problem("onboard.place.noFix"))));
    }

    /** Other plugged-in ports that the USB catalog names as GNSS receivers: places to read a position from. */
    public List<DiscoveredPort> gnssReceivers() {
        return plugged.stream().filter(p -> !p.port().systemPath().equals(port.get()))
                .filter(p -> p.likely().map(entry -> entry.families().contains(DeviceFamily.NMEA)).orElse(false)).toList();
    }

    /** Where the device says it is, once asked on the place step (null: it does not know, or not yet asked). */
    public ObjectProperty<Coordinates> ownPositionProperty() {
        return ownPosition;
    }

    /** Checks the name and place, and prepares the review (registered already? the fee). */
    public void review() {
        if (name.get().isBlank()) {
            feedback.set(Feedback.problem("onboard.name.missing"));
            return;
        }
        Optional<Coordinates> where = coordinates();
        if (where.isEmpty()) {
            feedback.set(Feedback.problem("onboard.place.invalid"));
            return;
        }
        run(() -> {
            session.remember(new OnboardingProgress.Saved(port.get(), idOf(facts.get()), name.get(), lat.get(), lon.get()));
            return session.plan(where.get());
        }, planned -> {
            plan.set(planned);
            step.set(Step.REVIEW);
            feedback.set(resumedNote);
            resumedNote = null;
        });
    }

    /** The place typed so far, when it is one (where "Pick on the map" starts). */
    public Optional<Coordinates> typedPlace() {
        return coordinates();
    }

    private Optional<Coordinates> coordinates() {
        try {
            return Optional.of(new Coordinates(Double.parseDouble(lat.get().strip().replace(',', '.')),
                    Double.parseDouble(lon.get().strip().replace(',', '.'))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The device signs, the wallet sends the registration, the device learns its network; then the first heartbeat. */
    public void register() {
        if (walletState.getValue() != WalletState.UNLOCKED) {
            feedback.set(Feedback.problem("onboard.problem.walletLocked"));
            return;
        }
        if (plan.get().missing().signum() > 0) {
            feedback.set(Feedback.problem("onboard.review.missing", Feedback.Amount.ether(plan.get().missing())));
            return;
        }
        run(() -> session.register(plan.get(), name.get().strip()), registered -> {
            result.set(registered);
            step.set(Step.DONE);
            awaitFirstHeartbeat();
        });
    }

    private void awaitFirstHeartbeat() {
        heartbeat.set(FirstHeartbeat.WAITING);
        tasks.run(() -> {
            // Registered and configured: from here the relay keeps the device earning; nothing to resume.
            session.forget();
            return session.firstHeartbeat(plan.get().owner(), HEARTBEAT_WAIT);
        }, accepted -> heartbeat.set(accepted.orElse(false) ? FirstHeartbeat.ACCEPTED : FirstHeartbeat.NOT_YET),
                failure -> heartbeat.set(FirstHeartbeat.NOT_YET));
    }

    /** Back to the start, letting go of the device; what was typed stays (the same device, plugged in again). */
    public void startOver() {
        tasks.run(() -> {
            session.close();
            return null;
        }, done -> { }, failure -> { });
        // The step first: the view redraws on each change, and a later step drawn without its data would fail.
        step.set(Step.PLUG_IN);
        facts.set(null);
        reading.set(Map.of());
        plan.set(null);
        result.set(null);
        heartbeat.set(null);
        feedback.set(null);
    }

    /** A fresh start for the next device: nothing of the last one is kept. */
    public void addAnother() {
        startOver();
        tasks.run(() -> {
            session.forget();
            return null;
        }, done -> { }, failure -> { });
        name.set("");
        lat.set("");
        lon.set("");
    }

    private <T> void run(Callable<T> work, Consumer<T> done) {
        busy.set(true);
        feedback.set(null);
        tasks.run(work, value -> {
            busy.set(false);
            done.accept(value);
        }, failure -> {
            busy.set(false);
            feedback.set(told(OnboardingProblem.of(failure)));
        });
    }

    static Feedback told(OnboardingProblem problem) {
        String key = switch (problem.kind()) {
            case PORT_NOT_FOUND -> "onboard.problem.portNotFound";
            case PORT_PERMISSION -> "onboard.problem.portPermission";
            case PORT_BUSY -> "onboard.problem.portBusy";
            case PORT_OTHER -> "onboard.problem.portOther";
            case NO_ANSWER -> "onboard.problem.noAnswer";
            case UNPLUGGED -> "onboard.problem.unplugged";
            case DEVICE_REFUSED -> "onboard.problem.deviceRefused";
            case NOT_GENUINE -> "onboard.problem.notGenuine";
            case OWNED_BY_ANOTHER -> "onboard.problem.ownedByAnother";
            case NOT_REGISTERED -> "onboard.problem.notRegistered";
            case NOT_ENOUGH_FUNDS -> "onboard.problem.notEnoughFunds";
            case NOT_RECOGNIZED -> "onboard.problem.notRecognized";
            case REFUSED_BY_NETWORK -> "onboard.problem.refusedByNetwork";
            case WRONG_CHAIN -> "onboard.problem.wrongChain";
            case UNREACHABLE -> "onboard.problem.unreachable";
            case WALLET_LOCKED -> "onboard.problem.walletLocked";
            case UNEXPECTED -> "onboard.problem.unexpected";
        };
        return Feedback.problem(key, problem.detail());
    }

    public ObservableList<DiscoveredPort> plugged() {
        return plugged;
    }

    public ObservableValue<WalletState> walletState() {
        return walletState;
    }

    public ObjectProperty<Step> stepProperty() {
        return step;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty latProperty() {
        return lat;
    }

    public StringProperty lonProperty() {
        return lon;
    }

    public ObjectProperty<DeviceFacts> factsProperty() {
        return facts;
    }

    /** The sensor's latest reading, live while the wizard holds it (empty for an ODP device). */
    public ObjectProperty<Map<String, Object>> readingProperty() {
        return reading;
    }

    // What the saved progress calls the device: its address, or a sensor's kind and serial (its key comes later).
    private static String idOf(DeviceFacts device) {
        return device.address().orElse(device.family().name().toLowerCase(Locale.ROOT) + ":" + device.serial());
    }

    public ObjectProperty<OnboardDevice.Plan> planProperty() {
        return plan;
    }

    public ObjectProperty<OnboardDevice.Result> resultProperty() {
        return result;
    }

    public ObjectProperty<FirstHeartbeat> heartbeatProperty() {
        return heartbeat;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObjectProperty<Feedback> feedbackProperty() {
        return feedback;
    }
}
