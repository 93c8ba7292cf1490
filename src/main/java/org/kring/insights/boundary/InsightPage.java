package org.kring.insights.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.util.List;
import org.kring.insights.control.SavedInsights;

/** A page of saved insights, newest first; nextCursor is null on the last page. */
@JsonbNillable
public record InsightPage(List<Item> insights, String nextCursor) {

    public record Item(long id, String title, String statement, List<String> tags, String state, InsightView.Person owner,
                       long evidence, Instant updatedAt) {
    }

    static InsightPage of(SavedInsights.Page page) {
        return new InsightPage(page.insights().stream().map(s -> new Item(s.insight().getId(), s.insight().getTitle(),
                s.insight().getStatement(), s.tags(), s.insight().getState().name(), InsightView.Person.of(s.insight().getOwner()),
                s.evidence(), s.insight().getUpdatedAt())).toList(), page.nextCursor());
    }
}
