package org.kring.insights.control;

import java.util.List;
import org.kring.insights.entity.Placement.ValueMode;

/**
 * The value/effort matrix's arithmetic, pure (unit tested). Value is on 0–10: a manual score as given; a RICE value
 * (reach × impact × confidence) relative to the highest RICE value on the matrix, so both kinds share one axis. The
 * value axis splits at 5; the effort axis at the median effort of what is on the matrix (person-weeks), so the
 * quadrants stay meaningful whatever unit of effort a team has in mind.
 */
public final class Quadrants {

    /** Where a placement lands. */
    public enum Quadrant { QUICK_WIN, BIG_BET, FILL_IN, MONEY_PIT }

    public static final double VALUE_MIDPOINT = 5;
    /** The impacts RICE allows: minimal, low, medium, high, massive. */
    public static final List<Double> IMPACTS = List.of(0.25, 0.5, 1.0, 2.0, 3.0);

    private Quadrants() {
    }

    /** Reach × impact × confidence (a percentage). */
    public static double rice(long reach, double impact, int confidence) {
        return reach * impact * confidence / 100.0;
    }

    /** The value on 0–10. */
    public static double value(ValueMode mode, Integer manual, double rice, double highestRice) {
        if (mode == ValueMode.MANUAL) {
            return manual == null ? 0 : manual;
        }
        return highestRice <= 0 ? 0 : 10 * rice / highestRice;
    }

    /** The median of the efforts; 0 when there are none. */
    public static double effortMidpoint(List<Double> efforts) {
        if (efforts.isEmpty()) {
            return 0;
        }
        List<Double> sorted = efforts.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /** High value for little effort is a quick win; high value for much effort a big bet; and so on. */
    public static Quadrant of(double value, double effort, double effortMidpoint) {
        boolean valuable = value >= VALUE_MIDPOINT;
        boolean cheap = effort <= effortMidpoint;
        return valuable ? (cheap ? Quadrant.QUICK_WIN : Quadrant.BIG_BET) : (cheap ? Quadrant.FILL_IN : Quadrant.MONEY_PIT);
    }
}
