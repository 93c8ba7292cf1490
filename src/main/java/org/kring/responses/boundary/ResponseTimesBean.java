package org.kring.responses.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import org.kring.responses.control.ResponseClock;
import org.kring.topics.control.Topics;

/** "We usually answer within 3 days": the public response figures on the home page and each topic board. */
@Named
@RequestScoped
public class ResponseTimesBean {

    /** What the page says: the median in days (or hours under a day), the share within target and the target in days. */
    public record Shown(boolean known, long days, long hours, int sharePercent, long targetDays) {
    }

    private static final Shown UNKNOWN = new Shown(false, 0, 0, -1, 0);

    @Inject
    ResponseClock clock;

    @Inject
    Topics topics;

    /** The figures of a topic, or of all topics for a null or empty slug. */
    public Shown of(String topicSlug) {
        ResponseClock.Snapshot figures = clock.figures();
        ResponseClock.Figures f = topicSlug == null || topicSlug.isEmpty() ? figures.overall()
                : topics.bySlug(topicSlug).map(t -> figures.byTopic().get(t.getId())).orElse(null);
        if (f == null || f.median() == null) {
            return UNKNOWN;
        }
        Duration median = f.median();
        long target = (topicSlug == null || topicSlug.isEmpty() ? clock.targets().standard()
                : clock.targets().forTopic(topicSlug)).toDays();
        return new Shown(true, Math.round(median.toHours() / 24.0), Math.max(1, median.toHours()), f.sharePercent(), target);
    }
}
