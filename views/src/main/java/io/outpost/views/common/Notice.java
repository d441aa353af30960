package io.outpost.views.common;

import java.util.List;

/** A message shown above the current screen until the user dismisses it: an i18n key and its arguments. */
public record Notice(String key, List<Object> args) {
    public Notice {
        args = List.copyOf(args);
    }

    public static Notice of(String key, Object... args) {
        return new Notice(key, List.of(args));
    }
}
