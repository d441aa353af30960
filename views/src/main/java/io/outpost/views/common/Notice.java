package io.outpost.views.common;

import java.util.List;
import java.util.function.Function;

/**
 * A message shown above the current screen until the user dismisses it: an i18n key and its arguments.
 * An argument that is itself a text to translate is a {@link Translated}, so it follows a language switch.
 */
public record Notice(String key, List<Object> args) {
    public Notice {
        args = List.copyOf(args);
    }

    public static Notice of(String key, Object... args) {
        return new Notice(key, List.of(args));
    }

    /** The arguments as the view formats them: each {@link Translated} replaced by its text in {@code messages}. */
    public Object[] argsIn(Function<String, String> messages) {
        return args.stream().map(arg -> arg instanceof Translated(String textKey) ? messages.apply(textKey) : arg).toArray();
    }

    /** An argument given by its i18n key, such as the translated name of a network. */
    public record Translated(String key) {
    }
}
