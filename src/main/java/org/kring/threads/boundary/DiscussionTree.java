package org.kring.threads.boundary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Puts a thread's posts in reading order: each post followed by its replies (oldest first), depth first.
 * A post whose parent is not among them is read as an answer to the thread. Pure, so it is unit tested.
 */
final class DiscussionTree {

    private DiscussionTree() {
    }

    /** The posts (given oldest first) in reading order. */
    static <P> List<P> readingOrder(Collection<P> oldestFirst, Function<P, Long> id, Function<P, Long> parentId) {
        Set<Long> present = oldestFirst.stream().map(id).collect(Collectors.toSet());
        Map<Long, List<P>> children = new LinkedHashMap<>();
        List<P> roots = new ArrayList<>();
        for (P post : oldestFirst) {
            Long parent = parentId.apply(post);
            if (parent == null || !present.contains(parent)) {
                roots.add(post);
            } else {
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(post);
            }
        }
        List<P> ordered = new ArrayList<>(oldestFirst.size());
        ArrayList<P> stack = new ArrayList<>();
        for (int i = roots.size() - 1; i >= 0; i--) {
            stack.add(roots.get(i));
        }
        while (!stack.isEmpty()) {
            P post = stack.remove(stack.size() - 1);
            ordered.add(post);
            List<P> replies = children.getOrDefault(id.apply(post), List.of());
            for (int i = replies.size() - 1; i >= 0; i--) {
                stack.add(replies.get(i));
            }
        }
        return ordered;
    }
}
