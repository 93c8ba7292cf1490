package org.kring.insights.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.kring.insights.control.Matrix;
import org.kring.insights.control.SavedInsights;
import org.kring.members.control.CurrentMember;
import org.kring.platform.problems.InvalidInput;

/**
 * The matrix page: an SVG chart (value up, effort to the right, the quadrant lines at value 5 and the median effort)
 * and the same items as a table, for screen readers and for reading the numbers; 500 items a page, "next" through the
 * keyset cursor.
 */
@Named
@RequestScoped
public class MatrixBean {

    /** The chart's drawing area inside a 320 × 320 view box. */
    static final double LEFT = 40;
    static final double TOP = 10;
    static final double SIZE = 270;

    /** An item drawn on the chart. */
    public record Point(Matrix.Item item, double x, double y) {
    }

    @Inject
    CurrentMember current;
    @Inject
    Matrix matrix;

    private String cursor;
    private Matrix.View view;

    public void load() {
        SavedInsights.Reader reader = AnalystPages.admit(current, "/matrix.xhtml");
        if (reader == null) {
            return;
        }
        try {
            view = matrix.page(reader, cursor, Matrix.MAX_ITEMS);
        } catch (InvalidInput invalid) { // a hand-made address: the first page
            view = matrix.page(reader, null, Matrix.MAX_ITEMS);
        }
    }

    /** The number of the first item on this page, counting from 1. */
    public int getFirst() {
        return view == null ? 0 : view.before() + 1;
    }

    public int getLast() {
        return view == null ? 0 : view.before() + view.items().size();
    }

    public int getTotal() {
        return view == null ? 0 : view.total();
    }

    /** The next page's address, or null on the last page. */
    public String getNext() {
        return view == null || view.nextCursor() == null ? null : "/matrix.xhtml?cursor=" + view.nextCursor();
    }

    public String getCursor() {
        return cursor;
    }

    public void setCursor(String cursor) {
        this.cursor = cursor;
    }

    public List<Matrix.Item> getItems() {
        return view == null ? List.of() : view.items();
    }

    public List<Point> getPoints() {
        return getItems().stream().map(i -> new Point(i, x(i.placement().getEffort()), y(i.value()))).toList();
    }

    /** Where the effort axis splits. */
    public double getEffortLine() {
        return view == null ? LEFT : x(view.effortMidpoint());
    }

    public double getValueLine() {
        return y(5);
    }

    private double maxEffort() {
        return getItems().stream().mapToDouble(i -> i.placement().getEffort()).max().orElse(1);
    }

    private double x(double effort) {
        return round(LEFT + SIZE * effort / maxEffort());
    }

    private static double y(double value) {
        return round(TOP + SIZE * (10 - value) / 10);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
