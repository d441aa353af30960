package io.outpost.i18n;

import java.math.BigInteger;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The one way to a user-visible string. Keys are namespaced ({@code wallet.send.title}); arguments use
 * {@link MessageFormat} so numbers and dates follow the current locale. Texts use the typographic
 * apostrophe (’), so a pattern never needs MessageFormat's quote escaping. One instance is created by the
 * composition root and passed to whoever needs it; changing its language notifies listeners so the
 * window can re-render without a restart.
 */
public final class Messages {
    static final String BUNDLE = "io.outpost.i18n.messages";

    private final CopyOnWriteArrayList<Consumer<Messages>> listeners = new CopyOnWriteArrayList<>();
    private volatile Language language;
    private volatile boolean pseudo;
    private volatile ResourceBundle bundle;

    public Messages(Language language) {
        select(language, false);
    }

    /** A pseudo-localised English (accented, about 40 % longer) for finding truncated or hard-coded text. */
    public static Messages pseudo() {
        Messages messages = new Messages(Language.ENGLISH);
        messages.select(Language.ENGLISH, true);
        return messages;
    }

    public Language language() {
        return language;
    }

    public Locale locale() {
        return language.locale();
    }

    public boolean rightToLeft() {
        return language.rightToLeft();
    }

    public void setLanguage(Language newLanguage) {
        if (newLanguage == language && !pseudo) {
            return;
        }
        select(newLanguage, false);
        listeners.forEach(listener -> listener.accept(this));
    }

    public void addLanguageListener(Consumer<Messages> listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    public void removeLanguageListener(Consumer<Messages> listener) {
        listeners.remove(listener);
    }

    /** The text for {@code key}, with {@code {0}}-style arguments formatted for the current locale. */
    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        String text = args.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(args);
        return pseudo ? PseudoLocalizer.expand(text) : text;
    }

    /** Number, date and token-amount formats for the current language, in the computer's time zone. */
    public Formats formats() {
        return new Formats(locale(), ZoneId.systemDefault());
    }

    /** A token amount with its symbol, in the order the language writes them ({@code format.tokenAmount}). */
    public String tokenAmount(BigInteger baseUnits, int decimals, String symbol) {
        return get("format.tokenAmount", formats().tokenAmount(baseUnits, decimals), symbol);
    }

    /** The bundle for FXML loaders, with the same pseudo-localisation as {@link #get}. */
    public ResourceBundle bundle() {
        return pseudo ? new PseudoLocalizer.Bundle(bundle) : bundle;
    }

    private void select(Language newLanguage, boolean usePseudo) {
        this.bundle = load(newLanguage);
        this.language = newLanguage;
        this.pseudo = usePseudo;
    }

    static ResourceBundle load(Language language) {
        return ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
