package io.outpost.devices.diagnose;

/** A process seen in /proc: its id and command name. */
public record RunningProcess(long pid, String name) {
}
