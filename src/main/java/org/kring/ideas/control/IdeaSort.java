package org.kring.ideas.control;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import org.kring.ideas.entity.Idea;

/**
 * How an idea list is ordered, and the keyset cursor for each order: every order is a column
 * (descending) plus the id as tie-breaker, backed by an index, so page 1,000 costs what page 1 costs.
 */
public enum IdeaSort {
    TRENDING("hotScore"), TOP("voteCount"), NEWEST("createdAt"), DISCUSSED("postCount"),
    /** The latest move along the status workflow first: the roadmap's columns and the changelog. */
    MOVED("statusChangedAt");

    /** The last row of a page: where the next page starts. */
    public record Cursor(Comparable<?> value, long id) {
    }

    final String field;

    IdeaSort(String field) {
        this.field = field;
    }

    public static Optional<IdeaSort> parse(String name) {
        try {
            return Optional.of(name == null ? TRENDING : valueOf(name.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    Comparable<?> valueOf(Idea idea) {
        return switch (this) {
            case TRENDING -> idea.getHotScore();
            case TOP -> idea.getVoteCount();
            case NEWEST -> idea.getCreatedAt();
            case DISCUSSED -> idea.getPostCount();
            case MOVED -> idea.getStatusChangedAt();
        };
    }

    String encode(Idea last) {
        String raw = valueOf(last) + "|" + last.getId();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a client sent back; empty when it is not one of ours (the caller answers 400). */
    Optional<Cursor> decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
            long id = Long.parseLong(parts[1]);
            Comparable<?> value = switch (this) {
                case TRENDING -> Double.parseDouble(parts[0]);
                case TOP, DISCUSSED -> Integer.parseInt(parts[0]);
                case NEWEST, MOVED -> Instant.parse(parts[0]);
            };
            return Optional.of(new Cursor(value, id));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
