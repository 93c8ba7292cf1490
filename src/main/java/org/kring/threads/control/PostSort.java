package org.kring.threads.control;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import org.kring.threads.entity.Post;

/**
 * The orders of a thread's posts and the keyset cursor of each: every order is total (ties broken by id) and backed
 * by an index (post_thread_created, post_thread_liked), so the 1,000th page costs what the first costs.
 */
public enum PostSort {
    OLDEST("p.createdAt asc, p.id asc", "(p.createdAt > :after or (p.createdAt = :after and p.id > :afterId))"),
    NEWEST("p.createdAt desc, p.id desc", "(p.createdAt < :after or (p.createdAt = :after and p.id < :afterId))"),
    LIKED("p.likeCount desc, p.id asc", "(p.likeCount < :after or (p.likeCount = :after and p.id > :afterId))");

    /** The last post of a page: where the next page starts. */
    record Cursor(Comparable<?> value, long id) {
    }

    final String orderBy;
    /** The JPQL condition "after the cursor" in this order. */
    final String after;

    PostSort(String orderBy, String after) {
        this.orderBy = orderBy;
        this.after = after;
    }

    /** The sort of this name (oldest, newest, liked; any case), or empty for an unknown one. */
    public static Optional<PostSort> of(String name) {
        return name == null ? Optional.empty()
                : Arrays.stream(values()).filter(s -> s.name().equals(name.toUpperCase(Locale.ROOT))).findFirst();
    }

    public static String names() {
        return Arrays.stream(values()).map(s -> s.name().toLowerCase(Locale.ROOT)).toList().toString();
    }

    String encode(Post last) {
        String raw = (this == LIKED ? String.valueOf(last.getLikeCount()) : last.getCreatedAt().toString()) + "|" + last.getId();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a client sent back; empty when it is not one of this order's (the caller answers 400). */
    Optional<Cursor> decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
            Comparable<?> value = this == LIKED ? (Comparable<?>) Integer.valueOf(parts[0]) : Instant.parse(parts[0]);
            return Optional.of(new Cursor(value, Long.parseLong(parts[1])));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
