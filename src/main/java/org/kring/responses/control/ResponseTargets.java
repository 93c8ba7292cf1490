package org.kring.responses.control;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * How soon the team means to answer: a target per topic ({@code KRING_RESPONSES_TOPIC_TARGET_DAYS}, e.g.
 * {@code verpakking=3,duurzaamheid=10}; others {@code KRING_RESPONSES_TARGET_DAYS}, default 7), and a shorter one for
 * ideas with many votes ({@code KRING_RESPONSES_POPULAR_VOTES}, default 50: {@code KRING_RESPONSES_POPULAR_TARGET_DAYS},
 * default 2). Pure logic.
 */
public final class ResponseTargets {

    private final Duration standard;
    private final Map<String, Duration> perTopic;
    private final int popularVotes;
    private final Duration popular;

    public ResponseTargets(int standardDays, String perTopicDays, int popularVotes, int popularDays) {
        this.standard = Duration.ofDays(standardDays);
        this.perTopic = parse(perTopicDays);
        this.popularVotes = popularVotes;
        this.popular = Duration.ofDays(popularDays);
    }

    private static Map<String, Duration> parse(String setting) {
        Map<String, Duration> targets = new HashMap<>();
        for (String entry : setting.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] parts = entry.strip().split("=");
            if (parts.length != 2 || !parts[1].strip().matches("\\d{1,4}")) {
                throw new IllegalArgumentException("A topic's response target is slug=days, not '" + entry.strip() + "'");
            }
            targets.put(parts[0].strip(), Duration.ofDays(Integer.parseInt(parts[1].strip())));
        }
        return targets;
    }

    /** The topic's own target (the general one when it has none). */
    public Duration forTopic(String topicSlug) {
        return perTopic.getOrDefault(topicSlug, standard);
    }

    /** The target for an idea in this topic with this many votes: the shorter of the topic's and, if popular, the popular one. */
    public Duration forIdea(String topicSlug, int votes) {
        Duration topic = forTopic(topicSlug);
        return votes >= popularVotes && popular.compareTo(topic) < 0 ? popular : topic;
    }

    public Duration standard() {
        return standard;
    }
}
