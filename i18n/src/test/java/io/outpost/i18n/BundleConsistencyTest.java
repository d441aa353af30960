package io.outpost.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every language has every key, the same placeholders, and real translations. */
class BundleConsistencyTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+(,[^}]*)?}");
    // Names and codes that read the same in every language.
    private static final Set<String> SAME_EVERYWHERE = Set.of("app.title", "doctor.check.java", "doctor.check.javafx",
            "doctor.mark.ok", "doctor.javafx.missing", "doctor.serialPorts.count", "format.tokenAmount", "wallet.setup.word", "doctor.check.modemManager", "doctor.check.brltty",
            "reading.pm25", "reading.pm10", "dashboard.unknown", "tray.tooltip", "dashboard.metric.pm25", "dashboard.metric.pm10",
            // SI unit symbols on the map's scale bar: written so in every Latin-script language.
            "map.scale.metres", "map.scale.kilometres");

    static Map<String, String> read(Language language) throws IOException {
        String suffix = language == Language.ENGLISH ? "" : "_" + language.tag().replace('-', '_');
        String resource = "/io/outpost/i18n/messages" + suffix + ".properties";
        try (InputStream in = BundleConsistencyTest.class.getResourceAsStream(resource)) {
            assertThat(in).as("bundle %s", resource).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> values = new TreeMap<>();
            properties.forEach((k, v) -> values.put((String) k, (String) v));
            return values;
        }
    }

    static Set<String> placeholders(String value) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(value);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void hasExactlyTheEnglishKeys(Language language) throws IOException {
        assertThat(read(language).keySet()).containsExactlyElementsOf(read(Language.ENGLISH).keySet());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void placeholdersAgreeWithEnglish(Language language) throws IOException {
        Map<String, String> english = read(Language.ENGLISH);
        read(language).forEach((key, value) -> assertThat(placeholders(value))
                .as("placeholders of %s in %s", key, language)
                .isEqualTo(placeholders(english.get(key))));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void noValueNeedsMessageFormatQuoting(Language language) throws IOException {
        read(language).forEach((key, value) -> assertThat(value)
                .as("%s in %s: use the typographic apostrophe ’", key, language)
                .doesNotContain("'"));
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, mode = EnumSource.Mode.EXCLUDE, names = "ENGLISH")
    void isARealTranslation(Language language) throws IOException {
        Map<String, String> english = read(Language.ENGLISH);
        long copied = read(language).entrySet().stream()
                .filter(e -> !SAME_EVERYWHERE.contains(e.getKey()))
                .filter(e -> e.getValue().equals(english.get(e.getKey())))
                .count();
        assertThat(copied).as("values of %s copied from English", language).isLessThanOrEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyValueFormatsWithoutError(Language language) {
        Messages messages = new Messages(language);
        messages.bundle().keySet().forEach(key -> assertThat(messages.get(key, 7, 2, 3)).isNotBlank());
    }
}
