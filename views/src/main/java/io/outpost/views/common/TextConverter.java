package io.outpost.views.common;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Shows the choices of a choice box in words; the choices are picked, never typed. */
public final class TextConverter {
    private TextConverter() {
    }

    public static <T> StringConverter<T> of(Function<T, String> toText) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : toText.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("choices are picked, not typed");
            }
        };
    }
}
