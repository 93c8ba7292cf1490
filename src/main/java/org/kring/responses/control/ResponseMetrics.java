package org.kring.responses.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.kring.topics.control.Topics;

/**
 * The response clock on /metrics: unanswered ideas past their target, and the median time to a first response over
 * the last 90 days, in all topics ({@code topic="all"}) and per topic (the topics there at start). -1: unknown or none.
 */
@ApplicationScoped
public class ResponseMetrics {

    @Inject
    MetricRegistry registry;

    @Inject
    ResponseClock clock;

    @Inject
    Topics topics;

    void register(@Observes Startup event) {
        registry.gauge(Metadata.builder().withName("kring_responses_overdue")
                .withDescription("Unanswered ideas past their response target").build(), this, ResponseMetrics::overdue);
        Metadata median = Metadata.builder().withName("kring_responses_median_seconds")
                .withDescription("Median time from posting to the team's first response, ideas of the last 90 days")
                .withUnit(MetricUnits.SECONDS).build();
        registry.gauge(median, this, m -> m.medianSeconds(null), new Tag("topic", "all"));
        topics.all().forEach(topic -> registry.gauge(median, this, m -> m.medianSeconds(topic.getId()),
                new Tag("topic", topic.getSlug())));
    }

    long overdue() {
        try {
            return clock.overdueCount();
        } catch (RuntimeException e) {
            return -1;
        }
    }

    double medianSeconds(Long topicId) {
        try {
            ResponseClock.Snapshot figures = clock.figures();
            ResponseClock.Figures of = topicId == null ? figures.overall() : figures.byTopic().get(topicId);
            Duration median = of == null ? null : of.median();
            return median == null ? -1 : median.toSeconds();
        } catch (RuntimeException e) {
            return -1;
        }
    }
}
