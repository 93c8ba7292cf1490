package org.kring.threads.control;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The orders of a thread's posts; each is total (ties broken by id) and backed by an index. */
public enum PostSort {
    OLDEST("p.createdAt asc, p.id asc"),
    NEWEST("p.createdAt desc, p.id desc"),
    LIKED("p.likeCount desc, p.id asc");

    final String orderBy;

    PostSort(String orderBy) {
        this.orderBy = orderBy;
    }

    /** The sort of this name (oldest, newest, liked; any case), or empty for an unknown one. */
    public static Optional<PostSort> of(String name) {
        return name == null ? Optional.empty()
                : Arrays.stream(values()).filter(s -> s.name().equals(name.toUpperCase(Locale.ROOT))).findFirst();
    }

    public static String names() {
        return Arrays.stream(values()).map(s -> s.name().toLowerCase(Locale.ROOT)).toList().toString();
    }
}
