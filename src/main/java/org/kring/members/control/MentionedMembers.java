package org.kring.members.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.kring.platform.text.MarkdownRenderer;

/**
 * Who an {@code @Name} in a contribution means: the one member whose display name it is, exactly. Display names are not
 * unique, so a name that two members share mentions nobody (neither is linked nor told); erased accounts are nobody.
 * A mention links to the member's public profile.
 */
@ApplicationScoped
public class MentionedMembers {

    @PersistenceContext
    EntityManager em;

    /** The mentioned names that belong to exactly one member, with that member's id (one indexed query). */
    public Map<String, Long> byNames(Set<String> names) {
        if (names.isEmpty()) {
            return Map.of();
        }
        List<String> list = List.copyOf(names);
        Query query = em.createNativeQuery("select display_name, min(id) from member where display_name in ("
                + IntStream.rangeClosed(1, list.size()).mapToObj(i -> "?" + i).collect(Collectors.joining(","))
                + ") and former = false group by display_name having count(*) = 1");
        for (int i = 0; i < list.size(); i++) {
            query.setParameter(i + 1, list.get(i));
        }
        Map<String, Long> ids = new HashMap<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            ids.put((String) r[0], ((Number) r[1]).longValue());
        }
        return ids;
    }

    /** A text as stored: its safe HTML, with mentions linked, and the members it mentions. */
    public record Rendered(String html, Set<Long> mentioned) {
    }

    /** Renders what a member typed for storing (see {@code MarkdownRenderer.toStoredHtml}), each mention a link to its member. */
    public Rendered render(String markdown, String field, int maxHtml) {
        Map<String, Long> mentioned = new HashMap<>();
        String html = MarkdownRenderer.toStoredHtml(markdown, field, maxHtml, names -> {
            mentioned.putAll(byNames(names));
            return mentioned.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> profileLink(e.getValue())));
        });
        return new Rendered(html, Set.copyOf(mentioned.values()));
    }

    /** Where a member's public profile is. */
    public static String profileLink(long memberId) {
        return "/api/v1/members/" + memberId;
    }

    /** Whether the member may be told something now: an account that is neither erased nor suspended (or banned). */
    public boolean reachable(long memberId) {
        return !em.createNativeQuery("select 1 from member where id = ?1 and former = false "
                        + "and (suspended_until is null or suspended_until <= ?2)")
                .setParameter(1, memberId).setParameter(2, Instant.now().atOffset(ZoneOffset.UTC)).getResultList().isEmpty();
    }
}
