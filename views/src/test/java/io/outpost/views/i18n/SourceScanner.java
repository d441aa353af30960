package io.outpost.views.i18n;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads the modules' main sources as text to find the i18n keys they use and the texts they hard-code. */
final class SourceScanner {
    private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([\\w.]+)\"");
    private static final Pattern HARD_CODED_CALL = Pattern.compile(
            "(setText|setTitle|setPromptText|setHeaderText|setContentText|setAccessibleText"
                    + "|new (Label|WrappingLabel|Button|ToggleButton|CheckBox|RadioButton|Tooltip|Hyperlink|MenuItem|Menu|Tab|TitledPane|Text))"
                    + "\\(\\s*\"([^\"]*[A-Za-z][^\"]*)\"");
    private static final Pattern HARD_CODED_FXML = Pattern.compile("\\b(text|promptText|title)=\"([^%$\"][^\"]*)\"");

    private SourceScanner() {
    }

    static List<Path> files(Path root, String glob) {
        var matcher = root.getFileSystem().getPathMatcher("glob:" + glob);
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(p -> matcher.matches(root.relativize(p))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every string literal in Java code and every {@code %key} in FXML. */
    static Set<String> literals(List<Path> files) {
        Set<String> found = new TreeSet<>();
        for (Path file : files) {
            Pattern pattern = file.toString().endsWith(".fxml") ? FXML_KEY : STRING_LITERAL;
            Matcher matcher = pattern.matcher(read(file));
            while (matcher.find()) {
                found.add(matcher.group(1));
            }
        }
        return found;
    }

    /** Lines that put a literal, human-readable text on screen instead of a translated one. */
    static List<String> hardCodedTexts(String fileName, String content) {
        Pattern pattern = fileName.endsWith(".fxml") ? HARD_CODED_FXML : HARD_CODED_CALL;
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(content);
        while (matcher.find()) {
            found.add(fileName + ": " + matcher.group());
        }
        return found;
    }
}
