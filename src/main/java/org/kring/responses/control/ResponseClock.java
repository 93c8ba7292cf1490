package org.kring.responses.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kring.platform.database.Timestamps;
import org.kring.platform.moderation.ModerationState;
import org.kring.topics.control.Topics;
import org.kring.topics.entity.Topic;

/**
 * The response-time clock: per idea the time from its publication (idea.published_at: its posting, or a moderator's
 * approval when pre-moderation held it) to the team's first response (idea.first_response_at), the targets it is held
 * to ({@link ResponseTargets}), the unanswered ideas most overdue first, and the public figures: the median time to a
 * first response of the ideas published in the last 90 days, and the share answered within target. Ideas never
 * published are not on the clock. The figures are computed at most every 5 minutes (one read of the window's ideas),
 * so pages showing them cost nothing.
 */
@ApplicationScoped
public class ResponseClock {

    public static final Duration WINDOW = Duration.ofDays(90);
    static final Duration FIGURES_MAX_AGE = Duration.ofMinutes(5);
    /** The oldest unanswered ideas read for the staff list; most overdue first among them. */
    static final int UNANSWERED_READ = 500;

    /** Figures of a set of ideas: how many were answered, the median time to that, and how many within target. */
    public record Figures(int answered, Duration median, int withinTarget, int due) {
        /** The share answered within target of those whose target passed or that were answered (0–100), or -1. */
        public int sharePercent() {
            return due == 0 ? -1 : Math.round(100f * withinTarget / due);
        }
    }

    /** All topics together ({@code overall}) and per topic id, as computed at {@code at}. */
    public record Snapshot(Instant at, Figures overall, Map<Long, Figures> byTopic) {
    }

    /** An unanswered idea, when its clock started, its target and how far past it (negative: time left). */
    public record Unanswered(long id, String title, String topicSlug, Instant publishedAt, int votes, Duration target,
                             Duration pastTarget) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Topics topics;

    @Inject
    @ConfigProperty(name = "kring.responses.target-days", defaultValue = "7")
    int targetDays;

    @Inject
    @ConfigProperty(name = "kring.responses.topic-target-days")
    Optional<String> topicTargetDays;

    @Inject
    @ConfigProperty(name = "kring.responses.popular-votes", defaultValue = "50")
    int popularVotes;

    @Inject
    @ConfigProperty(name = "kring.responses.popular-target-days", defaultValue = "2")
    int popularTargetDays;

    private ResponseTargets targets;
    private volatile Snapshot snapshot;

    @PostConstruct
    void readTargets() {
        targets = new ResponseTargets(targetDays, topicTargetDays.orElse(""), popularVotes, popularTargetDays);
    }

    public ResponseTargets targets() {
        return targets;
    }

    /** The public figures, at most {@link #FIGURES_MAX_AGE} old. */
    public Snapshot figures() {
        Snapshot current = snapshot;
        if (current == null || current.at().isBefore(Instant.now().minus(FIGURES_MAX_AGE))) {
            current = compute(Instant.now());
            snapshot = current;
        }
        return current;
    }

    /**
     * The figures of the ideas published in [from, to] as they stood at {@code to} (answered by then; due when their
     * target passed by then), for reports over a past period.
     */
    public Snapshot between(Instant from, Instant to) {
        Instant now = Instant.now();
        return compute(from, to.isAfter(now) ? now : to);
    }

    private Snapshot compute(Instant now) {
        return compute(now.minus(WINDOW), now);
    }

    private Snapshot compute(Instant from, Instant now) {
        Map<Long, String> slugs = slugs();
        Map<Long, List<Duration>> times = new HashMap<>();
        Map<Long, int[]> withinAndDue = new HashMap<>();
        List<?> rows = em.createNativeQuery("select topic_id, published_at, first_response_at, vote_count from idea "
                        + "where published_at >= ?1 and published_at <= ?2 and moderation_state = ?3 and (first_response_at is null or first_response_at <= ?2)")
                .setParameter(1, from.atOffset(ZoneOffset.UTC)).setParameter(2, now.atOffset(ZoneOffset.UTC))
                .setParameter(3, ModerationState.PUBLISHED.name()).getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            long topic = ((Number) r[0]).longValue();
            Instant published = Timestamps.instant(r[1]);
            Instant responded = Timestamps.instant(r[2]);
            Duration target = targets.forIdea(slugs.getOrDefault(topic, ""), ((Number) r[3]).intValue());
            int[] counts = withinAndDue.computeIfAbsent(topic, t -> new int[2]);
            if (responded != null) {
                Duration took = took(published, responded);
                times.computeIfAbsent(topic, t -> new ArrayList<>()).add(took);
                counts[1]++;
                if (took.compareTo(target) <= 0) {
                    counts[0]++;
                }
            } else if (published.plus(target).isBefore(now)) {
                counts[1]++;
            }
        }
        Map<Long, Figures> byTopic = new HashMap<>();
        List<Duration> all = new ArrayList<>();
        int within = 0;
        int due = 0;
        for (Map.Entry<Long, int[]> e : withinAndDue.entrySet()) {
            List<Duration> topicTimes = times.getOrDefault(e.getKey(), List.of());
            byTopic.put(e.getKey(), new Figures(topicTimes.size(), median(topicTimes), e.getValue()[0], e.getValue()[1]));
            all.addAll(topicTimes);
            within += e.getValue()[0];
            due += e.getValue()[1];
        }
        return new Snapshot(now, new Figures(all.size(), median(all), within, due), byTopic);
    }

    /**
     * How long the team took to respond to an idea published at {@code published}: zero when the team responded while
     * the idea was still held, before members saw it.
     */
    public static Duration took(Instant published, Instant responded) {
        Duration took = Duration.between(published, responded);
        return took.isNegative() ? Duration.ZERO : took;
    }

    /** The median (the mean of the two middle ones for an even count, like SQL's percentile_cont(0.5)); null for none. */
    static Duration median(List<Duration> durations) {
        if (durations.isEmpty()) {
            return null;
        }
        List<Duration> sorted = durations.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2);
    }

    /** Unanswered ideas, most overdue first (among the oldest {@link #UNANSWERED_READ}). */
    public List<Unanswered> unanswered(int limit) {
        List<?> rows = em.createNativeQuery("select id, title, topic_id, published_at, vote_count from idea "
                        + "where first_response_at is null and published_at is not null and moderation_state = ?1 "
                        + "order by published_at, id limit " + UNANSWERED_READ)
                .setParameter(1, ModerationState.PUBLISHED.name()).getResultList();
        return unanswered(rows).stream().sorted(Comparator.comparing(Unanswered::pastTarget).reversed()).limit(limit).toList();
    }

    /** Popular ideas (at least the popular vote count) that the team has not responded to yet: how many, and the first. */
    public record PopularUnanswered(int votes, long total, List<Unanswered> ideas) {
    }

    /** Published ideas over the popular vote count without a response, most votes first (an index range of idea_top). */
    public PopularUnanswered popularUnanswered(int limit) {
        String where = "from idea where vote_count >= ?1 and first_response_at is null and moderation_state = ?2 "
                + "and published_at is not null";
        long total = ((Number) em.createNativeQuery("select count(*) " + where).setParameter(1, popularVotes)
                .setParameter(2, ModerationState.PUBLISHED.name()).getSingleResult()).longValue();
        List<?> rows = em.createNativeQuery("select id, title, topic_id, published_at, vote_count " + where
                        + " order by vote_count desc, id desc limit " + limit)
                .setParameter(1, popularVotes).setParameter(2, ModerationState.PUBLISHED.name()).getResultList();
        return new PopularUnanswered(popularVotes, total, unanswered(rows));
    }

    /** Rows of (id, title, topic_id, published_at, vote_count) as unanswered ideas, each with its target as of now. */
    private List<Unanswered> unanswered(List<?> rows) {
        Map<Long, String> slugs = slugs();
        Instant now = Instant.now();
        List<Unanswered> found = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            String slug = slugs.getOrDefault(((Number) r[2]).longValue(), "");
            Instant published = Timestamps.instant(r[3]);
            int votes = ((Number) r[4]).intValue();
            Duration target = targets.forIdea(slug, votes);
            found.add(new Unanswered(((Number) r[0]).longValue(), (String) r[1], slug, published, votes, target,
                    Duration.between(published.plus(target), now)));
        }
        return found;
    }

    /** Unanswered ideas past their target, counted exactly: per topic, past its target or past the popular one. */
    public long overdueCount() {
        Instant now = Instant.now();
        long overdue = 0;
        for (Topic topic : topics.all()) {
            Duration standard = targets.forTopic(topic.getSlug());
            Duration popular = targets.forIdea(topic.getSlug(), Integer.MAX_VALUE);
            overdue += ((Number) em.createNativeQuery("select count(*) from idea where first_response_at is null "
                            + "and moderation_state = ?1 and topic_id = ?2 and (published_at < ?3 or (vote_count >= ?4 and published_at < ?5))")
                    .setParameter(1, ModerationState.PUBLISHED.name()).setParameter(2, topic.getId())
                    .setParameter(3, now.minus(standard).atOffset(ZoneOffset.UTC)).setParameter(4, popularVotes)
                    .setParameter(5, now.minus(popular).atOffset(ZoneOffset.UTC)).getSingleResult()).longValue();
        }
        return overdue;
    }

    private Map<Long, String> slugs() {
        Map<Long, String> slugs = new HashMap<>();
        topics.all().forEach(t -> slugs.put(t.getId(), t.getSlug()));
        return slugs;
    }
}
