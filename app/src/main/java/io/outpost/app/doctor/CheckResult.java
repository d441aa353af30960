package io.outpost.app.doctor;

import java.util.Optional;

/**
 * One line of the doctor's report. {@code id} is stable for scripts; {@code label}, {@code value} and
 * {@code fix} are in the user's language. A failed check names the one action that fixes it.
 */
public record CheckResult(String id, String label, boolean ok, String value, Optional<String> fix) {
    static CheckResult pass(String id, String label, String value) {
        return new CheckResult(id, label, true, value, Optional.empty());
    }

    static CheckResult fail(String id, String label, String value, String fix) {
        return new CheckResult(id, label, false, value, Optional.of(fix));
    }
}
