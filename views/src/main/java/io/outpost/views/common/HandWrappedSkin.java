package io.outpost.views.common;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.text.Text;

/**
 * Draws a {@link WrappingLabel}'s right-to-left text broken into lines by {@link LineBreaks}, with hard line
 * breaks and no wrapping width: JavaFX 25 and 26 lay such text out safely, but throw when they wrap it
 * themselves (see WrappingLabel). The graphic, if any, comes before the text, as in a label by default; font, text
 * fill, text alignment, line spacing and underline are the label's.
 */
final class HandWrappedSkin extends SkinBase<Label> {
    private final Text lines = new Text();
    private final Text measure = new Text();
    /** The label's text broken for each width asked about, for its current text and font. */
    private final Map<Double, String> broken = new HashMap<>();

    HandWrappedSkin(Label label) {
        super(label);
        lines.setTextOrigin(VPos.TOP);
        // Placed by layoutChildren: a new text must not ask the label for another layout pass.
        lines.setManaged(false);
        lines.fontProperty().bind(label.fontProperty());
        lines.fillProperty().bind(label.textFillProperty());
        lines.textAlignmentProperty().bind(label.textAlignmentProperty());
        lines.lineSpacingProperty().bind(label.lineSpacingProperty());
        lines.underlineProperty().bind(label.underlineProperty());
        measure.fontProperty().bind(label.fontProperty());
        measure.lineSpacingProperty().bind(label.lineSpacingProperty());
        registerChangeListener(label.textProperty(), o -> textChanged());
        registerChangeListener(label.fontProperty(), o -> textChanged());
        registerChangeListener(label.graphicProperty(), o -> showChildren());
    }

    @Override
    public void install() {
        super.install();
        showChildren();
    }

    @Override
    public void dispose() {
        for (Text text : List.of(lines, measure)) {
            text.fontProperty().unbind();
            text.lineSpacingProperty().unbind();
        }
        lines.fillProperty().unbind();
        lines.textAlignmentProperty().unbind();
        lines.underlineProperty().unbind();
        getChildren().remove(lines);
        super.dispose();
    }

    private void showChildren() {
        Node graphic = getSkinnable().getGraphic();
        getChildren().setAll(graphic == null ? List.of(lines) : List.of(graphic, lines));
        getSkinnable().requestLayout();
    }

    private void textChanged() {
        broken.clear();
        getSkinnable().requestLayout();
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return left + graphicWidth() + width(text()) + right;
    }

    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        // Every word on a line of its own: the widest word.
        return left + graphicWidth() + width(breakFor(0)) + right;
    }

    @Override
    protected double computeMaxWidth(double height, double top, double right, double bottom, double left) {
        return getSkinnable().prefWidth(height);
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        double textWidth = width < 0 ? Double.MAX_VALUE : width - left - right - graphicWidth();
        return top + Math.max(graphicHeight(), height(breakFor(textWidth))) + bottom;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return top + Math.max(graphicHeight(), height("")) + bottom;
    }

    @Override
    protected double computeMaxHeight(double width, double top, double right, double bottom, double left) {
        return getSkinnable().prefHeight(width);
    }

    @Override
    protected double computeBaselineOffset(double top, double right, double bottom, double left) {
        return top + lines.getBaselineOffset();
    }

    @Override
    protected void layoutChildren(double x, double y, double width, double height) {
        Node graphic = getSkinnable().getGraphic();
        double graphicWidth = graphicWidth();
        lines.setText(breakFor(width - graphicWidth));
        double textWidth = lines.getLayoutBounds().getWidth();
        double textHeight = lines.getLayoutBounds().getHeight();
        double contentHeight = Math.max(graphicHeight(), textHeight);
        Pos alignment = getSkinnable().getAlignment();
        double left = x + share(alignment.getHpos(), width - graphicWidth - textWidth);
        double top = y + share(alignment.getVpos(), height - contentHeight);
        if (graphic != null) {
            graphic.resizeRelocate(snapPositionX(left), snapPositionY(top + (contentHeight - graphicHeight()) / 2),
                    graphicWidth - getSkinnable().getGraphicTextGap(), graphicHeight());
        }
        lines.relocate(snapPositionX(left + graphicWidth), snapPositionY(top + (contentHeight - textHeight) / 2));
    }

    private static double share(HPos position, double room) {
        return position == HPos.LEFT ? 0 : position == HPos.CENTER ? room / 2 : room;
    }

    private static double share(VPos position, double room) {
        return position == VPos.TOP ? 0 : position == VPos.BOTTOM ? room : room / 2;
    }

    private String breakFor(double width) {
        if (broken.size() > 64) {
            broken.clear();
        }
        return broken.computeIfAbsent(width, w -> String.join("\n", LineBreaks.of(text(), w, this::width)));
    }

    private String text() {
        return Objects.requireNonNullElse(getSkinnable().getText(), "");
    }

    private double width(String text) {
        measure.setText(text);
        return measure.getLayoutBounds().getWidth();
    }

    private double height(String text) {
        measure.setText(text);
        return measure.getLayoutBounds().getHeight();
    }

    private double graphicWidth() {
        Node graphic = getSkinnable().getGraphic();
        return graphic == null ? 0 : snapSizeX(graphic.prefWidth(-1)) + getSkinnable().getGraphicTextGap();
    }

    private double graphicHeight() {
        Node graphic = getSkinnable().getGraphic();
        return graphic == null ? 0 : snapSizeY(graphic.prefHeight(-1));
    }
}
