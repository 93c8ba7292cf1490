package org.kring.insights.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.kring.insights.control.Matrix;
import org.kring.insights.entity.Pilot;
import org.kring.insights.entity.Placement;

/**
 * The value/effort matrix: each item with its reach (distinct members who voted for or follow it: reachVoters voted,
 * reachFollowers follow without voting), its value (0–10), effort (person-weeks), quadrant (QUICK_WIN, BIG_BET,
 * FILL_IN, MONEY_PIT) and pilot; the value axis splits at valueMidpoint, the effort axis at effortMidpoint.
 */
public record MatrixView(List<Item> items, double valueMidpoint, double effortMidpoint) {

    @JsonbNillable
    public record Item(String itemType, long itemId, String title, String link, String valueMode, Integer manualValue, Double impact,
                       Integer confidence, long reach, long reachVoters, long reachFollowers, String reachExplanation, double rice, double value, double effort, String effortNote, String quadrant,
                       PilotView pilot) {
    }

    @JsonbNillable
    public record PilotView(long id, String itemType, long itemId, InsightView.Person owner, LocalDate startDate,
                            String expectedReturn, String outcome, String learning, boolean done, Instant endedAt) {
        static PilotView of(Pilot p) {
            return new PilotView(p.getId(), p.getPlacement().getItemType(), p.getPlacement().getItemId(), InsightView.Person.of(p.getOwner()),
                    p.getStartDate(), p.getExpectedReturn(), p.getOutcome(), p.getLearning(), p.getEndedAt() != null, p.getEndedAt());
        }
    }

    static MatrixView of(Matrix.View view) {
        return new MatrixView(view.items().stream().map(MatrixView::item).toList(), view.valueMidpoint(), view.effortMidpoint());
    }

    static Item item(Matrix.Item i) {
        Placement p = i.placement();
        return new Item(p.getItemType(), p.getItemId(), i.title(), i.link(), p.getValueMode().name(), p.getManualValue(), p.getImpact(),
                p.getConfidence(), i.reach().members(), i.reach().voters(), i.reach().followers(), i.reach().explanation(), round(i.rice()), round(i.value()), p.getEffort(), p.getEffortNote(), i.quadrant().name(),
                i.pilot() == null ? null : PilotView.of(i.pilot()));
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
