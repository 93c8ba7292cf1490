package org.kring.platform.faces;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A line chart that the server draws as inline SVG (issue 17: no chart script, so no PrimeFaces bundle, on the page):
 * series of counts over the same periods, scaled into a drawing box of {@link #WIDTH} × {@link #HEIGHT} that the page
 * stretches to its width. This is only the geometry; {@code WEB-INF/includes/line-chart.xhtml} draws it, with a
 * legend and a text equivalent.
 */
public record LineChart(List<Line> lines, List<Tick> yTicks, List<Tick> xTicks) {

    public static final int WIDTH = 400;
    public static final int HEIGHT = 200;
    /** The plot area inside the box: room on the left for the counts, below for the periods. */
    public static final int LEFT = 40;
    public static final int RIGHT = WIDTH - 8;
    public static final int TOP = 8;
    public static final int BOTTOM = HEIGHT - 24;
    /** Width of a period label's character, in the box's units (the labels' font is 11 units). */
    private static final double CHARACTER = 6.5;
    private static final int LABEL_GAP = 16;

    /** A series to draw: its name (the legend's), the CSS class that styles its line, its count per period. */
    public record Series(String name, String styleClass, List<Long> values) {
    }

    /** A drawn series: its points as the {@code points} of an SVG polyline, and each point for its marker. */
    public record Line(String name, String styleClass, String path, List<Point> points) {
    }

    public record Point(double x, double y, String label, long value) {
    }

    /**
     * A labelled position on an axis: a count on the vertical one, a period on the horizontal one; anchor is the
     * label's SVG text-anchor (the outermost periods keep inside the box).
     */
    public record Tick(double position, String label, long value, String anchor) {
    }

    /** The drawing box, as the SVG's viewBox. */
    public String viewBox() {
        return "0 0 " + WIDTH + " " + HEIGHT;
    }

    public int left() {
        return LEFT;
    }

    public int right() {
        return RIGHT;
    }

    /** Where the period labels stand (their baseline), below the plot area. */
    public int periodsY() {
        return HEIGHT - 6;
    }

    /** Where the counts end (right-aligned), left of the plot area. */
    public int countsX() {
        return LEFT - 6;
    }

    /** The chart of these series over these period labels (each series has one count per label). */
    public static LineChart of(List<String> labels, List<Series> series) {
        long max = series.stream().flatMap(s -> s.values().stream()).mapToLong(Long::longValue).max().orElse(0);
        long step = step(max);
        long top = Math.max(step, (max + step - 1) / step * step);
        List<Tick> yTicks = new ArrayList<>();
        for (long value = 0; value <= top; value += step) {
            yTicks.add(new Tick(y(value, top), Long.toString(value), value, "end"));
        }
        List<Line> lines = series.stream().map(s -> {
            List<Point> points = new ArrayList<>();
            for (int i = 0; i < s.values().size() && i < labels.size(); i++) {
                points.add(new Point(x(i, labels.size()), y(s.values().get(i), top), labels.get(i), s.values().get(i)));
            }
            String path = points.stream().map(p -> number(p.x()) + "," + number(p.y())).collect(Collectors.joining(" "));
            return new Line(s.name(), s.styleClass(), path, points);
        }).toList();
        return new LineChart(lines, yTicks, xTicks(labels));
    }

    /** The distance between two counts on the vertical axis: 1, 2 or 5 times a power of ten, for about four steps. */
    static long step(long max) {
        double rough = max / 4.0;
        long power = 1;
        while (power * 10 <= rough) {
            power *= 10;
        }
        for (long factor : new long[] {1, 2, 5}) {
            if (factor * power >= rough) {
                return factor * power;
            }
        }
        return 10 * power;
    }

    /** As many period labels as fit side by side, evenly spaced from the first. */
    static List<Tick> xTicks(List<String> labels) {
        int longest = labels.stream().mapToInt(String::length).max().orElse(0);
        int fit = Math.max(1, (int) ((RIGHT - LEFT) / (longest * CHARACTER + LABEL_GAP)));
        int every = Math.max(1, (labels.size() + fit - 1) / fit);
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i < labels.size(); i += every) {
            String anchor = labels.size() == 1 ? "middle" : i == 0 ? "start" : i == labels.size() - 1 ? "end" : "middle";
            ticks.add(new Tick(x(i, labels.size()), labels.get(i), i, anchor));
        }
        return ticks;
    }

    private static double x(int index, int count) {
        return round(count == 1 ? (LEFT + RIGHT) / 2.0 : LEFT + (RIGHT - LEFT) * index / (double) (count - 1));
    }

    private static double y(long value, long top) {
        return round(BOTTOM - (BOTTOM - TOP) * value / (double) top);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
