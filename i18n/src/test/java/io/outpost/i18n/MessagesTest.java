package io.outpost.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessagesTest {
    @Test
    void formatsNumbersForTheCurrentLanguage() {
        Messages messages = new Messages(Language.ENGLISH);
        assertThat(messages.get("status.ports.count", 1234)).isEqualTo("Serial ports found: 1,234");
        messages.setLanguage(Language.GERMAN);
        assertThat(messages.get("status.ports.count", 1234)).contains("1.234");
    }

    @Test
    void switchingLanguageTellsListenersAndChangesTexts() {
        Messages messages = new Messages(Language.ENGLISH);
        List<Language> heard = new ArrayList<>();
        messages.addLanguageListener(m -> heard.add(m.language()));

        messages.setLanguage(Language.JAPANESE);
        messages.setLanguage(Language.JAPANESE);

        assertThat(heard).containsExactly(Language.JAPANESE);
        assertThat(messages.get("nav.settings")).isNotEqualTo(new Messages(Language.ENGLISH).get("nav.settings"));
    }

    @Test
    void onlyArabicIsRightToLeft() {
        for (Language language : Language.values()) {
            assertThat(new Messages(language).rightToLeft()).isEqualTo(language == Language.ARABIC);
        }
    }

    @Test
    void pseudoLocaleIsAccentedAndAtLeastFortyPercentLonger() {
        String english = new Messages(Language.ENGLISH).get("devices.empty.body");
        String pseudo = Messages.pseudo().get("devices.empty.body");
        assertThat(pseudo).startsWith("[").endsWith("]").contains("Ç");
        assertThat(pseudo.length()).isGreaterThanOrEqualTo((int) (english.length() * 1.4));
        assertThat(Messages.pseudo().bundle().getString("nav.devices")).startsWith("[").contains("é");
    }

    @Test
    void closestLanguageFollowsTheComputer() {
        assertThat(Language.closestTo(Locale.forLanguageTag("pt-BR"))).isEqualTo(Language.PORTUGUESE_BRAZIL);
        assertThat(Language.closestTo(Locale.forLanguageTag("pt-PT"))).isEqualTo(Language.PORTUGUESE_BRAZIL);
        assertThat(Language.closestTo(Locale.forLanguageTag("de-AT"))).isEqualTo(Language.GERMAN);
        assertThat(Language.closestTo(Locale.forLanguageTag("zh-CN"))).isEqualTo(Language.CHINESE_SIMPLIFIED);
        assertThat(Language.closestTo(Locale.forLanguageTag("ko-KR"))).isEqualTo(Language.ENGLISH);
    }
}
