package io.outpost.i18n;

import java.util.Collections;
import java.util.Enumeration;
import java.util.ResourceBundle;

/** Turns English into accented text about 40 % longer, wrapped in brackets so clipping shows at a glance. */
final class PseudoLocalizer {
    private static final String PLAIN = "AaCcEeIiNnOoUuYy";
    private static final String ACCENTED = "ÅåÇçÉéÎîÑñÖöÛüÝý";

    private PseudoLocalizer() {
    }

    static String expand(String text) {
        StringBuilder out = new StringBuilder(text.length() * 3 / 2 + 4).append('[');
        for (char c : text.toCharArray()) {
            int i = PLAIN.indexOf(c);
            out.append(i >= 0 ? ACCENTED.charAt(i) : c);
        }
        // Brackets and a space count towards the 40 %, so short labels grow as much as long ones.
        int padding = Math.max(1, (int) Math.ceil(text.length() * 0.4) - 3);
        out.append(' ');
        for (int i = 0; i < padding; i++) {
            out.append(i % 2 == 0 ? '·' : '~');
        }
        return out.append(']').toString();
    }

    /** A bundle view whose every string is pseudo-localised, for FXML's {@code %key} lookups. */
    static final class Bundle extends ResourceBundle {
        private final ResourceBundle source;

        Bundle(ResourceBundle source) {
            this.source = source;
        }

        @Override
        protected Object handleGetObject(String key) {
            return source.containsKey(key) ? expand(source.getString(key)) : null;
        }

        @Override
        public Enumeration<String> getKeys() {
            return Collections.enumeration(source.keySet());
        }
    }
}
