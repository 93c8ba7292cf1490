package org.kring.insights.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.kring.insights.control.Matrix;
import org.kring.insights.control.Reach;
import org.kring.insights.entity.Pilot;
import org.kring.insights.entity.Placement;

/**
 * A page of the value/effort matrix: each item with its reach (distinct members who voted for, reacted on or follow it:
 * reachVoters voted, reachContributors reacted without voting, reachFollowers only follow), the segments among them,
 * its value (0–10), effort (person-weeks), quadrant (QUICK_WIN, BIG_BET, FILL_IN, MONEY_PIT) and pilot; the value axis
 * splits at valueMidpoint, the effort axis at effortMidpoint (both of the whole matrix). total items in all; nextCursor
 * is the cursor of the next page, null on the last.
 */
@JsonbNillable
public record MatrixView(List<Item> items, double valueMidpoint, double effortMidpoint, int total, String nextCursor) {

    /**
     * An item; segmentReach is reach weighted by segmentBreadth (the mean share of the community's regions, age bands and
     * customer types among its members), which RICE counts when reachBasis is SEGMENTS.
     */
    @JsonbNillable
    public record Item(String itemType, long itemId, String title, String link, String valueMode, Integer manualValue, Double impact,
                       Integer confidence, String reachBasis, long reach, long reachVoters, long reachContributors, long reachFollowers,
                       Segments segments, double segmentBreadth, long segmentReach, String reachExplanation, double rice, double value,
                       double effort, String effortNote, String quadrant, PilotView pilot) {
    }

    /** The segments of the members an item reaches. */
    public record Segments(Segment regions, Segment ageBands, Segment customerTypes) {
    }

    /** One dimension: {@code reached} of the {@code of} values the community's members gave, and which. */
    public record Segment(long reached, long of, List<String> values) {
        static Segment of(Reach.Segment s) {
            return new Segment(s.reached(), s.of(), s.values());
        }
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
        return new MatrixView(view.items().stream().map(MatrixView::item).toList(), view.valueMidpoint(), view.effortMidpoint(),
                view.total(), view.nextCursor());
    }

    static Item item(Matrix.Item i) {
        Placement p = i.placement();
        Reach.Count r = i.reach();
        return new Item(p.getItemType(), p.getItemId(), i.title(), i.link(), p.getValueMode().name(), p.getManualValue(), p.getImpact(),
                p.getConfidence(), p.getReachBasis().name(), r.members(), r.voters(), r.contributors(), r.followers(),
                new Segments(Segment.of(r.regions()), Segment.of(r.ageBands()), Segment.of(r.customerTypes())), round(r.breadth()),
                r.segmentReach(), r.explanation(), round(i.rice()), round(i.value()), p.getEffort(), p.getEffortNote(),
                i.quadrant().name(), i.pilot() == null ? null : PilotView.of(i.pilot()));
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
