package io.outpost.app.doctor;

import java.util.List;

/** All checks of one doctor run. */
public record DoctorReport(List<CheckResult> checks) {
    public DoctorReport {
        checks = List.copyOf(checks);
    }

    public boolean allPassed() {
        return checks.stream().allMatch(CheckResult::ok);
    }

    public long failures() {
        return checks.stream().filter(c -> !c.ok()).count();
    }
}
