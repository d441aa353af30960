package io.outpost.views.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.i18n.Language;
import io.outpost.i18n.Messages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Keys used in code exist, keys in the bundles are used, and no screen hard-codes a text. */
class LocalizationSourceTest {
    // Surefire runs in the views module; the other modules are its siblings.
    private static final Path REPO = Path.of("..").toAbsolutePath().normalize();
    // Keys that picocli looks up by its own naming convention (the command's qualified name), never written
    // in our code; the CLI tests check that the help shows them.
    private static final Set<String> PICOCLI_KEYS = Set.of("mixinStandardHelpOptions.help", "mixinStandardHelpOptions.version");
    private static final String PICOCLI_COMMAND_KEY = "outpost(\\.[a-z-]+)*\\.usage\\.description";

    private static Set<String> bundleKeys() {
        return new Messages(Language.ENGLISH).bundle().keySet();
    }

    private static List<Path> mainSources() {
        return SourceScanner.files(REPO, "*/src/main/**.{java,fxml}");
    }

    @Test
    void scansEveryModulesSources() {
        Set<String> modules = mainSources().stream().map(p -> REPO.relativize(p).getName(0).toString()).collect(Collectors.toSet());
        assertThat(modules).contains("app", "views", "devices", "i18n");
    }

    @Test
    void everyBundleKeyIsUsed() {
        Set<String> literals = SourceScanner.literals(mainSources());
        List<String> unused = bundleKeys().stream()
                .filter(key -> !literals.contains(key) && !PICOCLI_KEYS.contains(key) && !key.matches(PICOCLI_COMMAND_KEY))
                .sorted().toList();
        assertThat(unused).as("keys no code uses").isEmpty();
    }

    @Test
    void everyKeyUsedInCodeExists() {
        Set<String> keys = bundleKeys();
        Set<String> namespaces = keys.stream().map(k -> k.substring(0, k.indexOf('.'))).collect(Collectors.toSet());
        List<String> missing = SourceScanner.literals(mainSources()).stream()
                .filter(s -> s.matches("[a-z][A-Za-z]*(\\.[A-Za-z][A-Za-z0-9]*)+"))
                .filter(s -> namespaces.contains(s.substring(0, s.indexOf('.'))))
                // picocli's keys are named after the command, "outpost.", which system properties share.
                .filter(s -> !s.startsWith("outpost."))
                .filter(s -> !s.matches(".*\\.(json|properties|fxml|css|xml|log|png)"))
                .filter(s -> !keys.contains(s))
                .sorted().toList();
        assertThat(missing).as("keys used in code but absent from the bundles").isEmpty();
    }

    @Test
    void viewsHardCodeNoText() {
        List<String> found = new ArrayList<>();
        for (Path file : SourceScanner.files(REPO.resolve("views"), "src/main/**.{java,fxml}")) {
            found.addAll(SourceScanner.hardCodedTexts(file.getFileName().toString(), SourceScanner.read(file)));
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theScanCatchesHardCodedTexts() {
        assertThat(SourceScanner.hardCodedTexts("A.java", "label.setText(\"Hello\"); new Button(\"OK\"); x.setText(\"\");"))
                .containsExactly("A.java: setText(\"Hello\"", "A.java: new Button(\"OK\"");
        assertThat(SourceScanner.hardCodedTexts("a.fxml", "<Label text=\"Settings\"/><Label text=\"%settings.title\"/>"))
                .containsExactly("a.fxml: text=\"Settings\"");
        assertThat(SourceScanner.hardCodedTexts("B.java", "new Label(messages.get(\"nav.devices\"))")).isEmpty();
    }
}
