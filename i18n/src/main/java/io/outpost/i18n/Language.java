package io.outpost.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages Outpost ships, each named in its own language so a user can always find theirs. */
public enum Language {
    ENGLISH("en", "English"),
    GERMAN("de", "Deutsch"),
    SPANISH("es", "Español"),
    FRENCH("fr", "Français"),
    PORTUGUESE_BRAZIL("pt-BR", "Português (Brasil)"),
    CHINESE_SIMPLIFIED("zh-CN", "简体中文"),
    JAPANESE("ja", "日本語"),
    ARABIC("ar", "العربية");

    private final String tag;
    private final String nativeName;

    Language(String tag, String nativeName) {
        this.tag = tag;
        this.nativeName = nativeName;
    }

    public String tag() {
        return tag;
    }

    public String nativeName() {
        return nativeName;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    public boolean rightToLeft() {
        return this == ARABIC;
    }

    public static Optional<Language> byTag(String tag) {
        return Arrays.stream(values()).filter(l -> l.tag.equalsIgnoreCase(tag)).findFirst();
    }

    /** The best shipped language for a locale: exact tag first, then the language alone, else English. */
    public static Language closestTo(Locale locale) {
        return byTag(locale.toLanguageTag())
                .or(() -> Arrays.stream(values())
                        .filter(l -> l.locale().getLanguage().equals(locale.getLanguage()))
                        .findFirst())
                .orElse(ENGLISH);
    }
}
