package org.kring.insights.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.kring.insights.control.Matrix;
import org.kring.insights.control.SavedInsights;
import org.kring.members.control.CurrentMember;

/**
 * The matrix page: an SVG chart (value up, effort to the right, the quadrant lines at value 5 and the median effort)
 * and the same items as a table, for screen readers and for reading the numbers.
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

    private Matrix.View view;

    public void load() {
        SavedInsights.Reader reader = AnalystPages.admit(current, "/matrix.xhtml");
        if (reader != null) {
            view = matrix.matrix(reader);
        }
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
