package io.outpost.views.common;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** Breaks a text into lines no wider than a width, where a line may break (java.text.BreakIterator), greedily. */
final class LineBreaks {
    private LineBreaks() {
    }

    /**
     * The lines of {@code text} at most {@code width} wide as {@code measure} measures them, without the spaces at
     * their ends. Line breaks in the text are kept; a word wider than {@code width} gets a line of its own.
     */
    static List<String> of(String text, double width, ToDoubleFunction<String> measure) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            BreakIterator breaks = BreakIterator.getLineInstance();
            breaks.setText(paragraph);
            int start = 0;
            int fits = 0;
            for (int end = breaks.next(); end != BreakIterator.DONE; end = breaks.next()) {
                if (fits > start && measure.applyAsDouble(paragraph.substring(start, end).stripTrailing()) > width) {
                    lines.add(paragraph.substring(start, fits).stripTrailing());
                    start = fits;
                }
                fits = end;
            }
            lines.add(paragraph.substring(start).stripTrailing());
        }
        return lines;
    }
}
