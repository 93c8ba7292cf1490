package org.kring.ideas.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kring.platform.database.Positional;
import org.kring.platform.moderation.ModerationState;
import org.kring.platform.problems.NotFound;
import org.kring.search.control.SearchOutbox;

/**
 * {@link Ideas#moderate} and {@link Ideas#postsChanged} for a moderator's selection at once (a bulk decision): a few
 * statements whatever its size, the same outcome as one call per idea, no entity loaded.
 */
@ApplicationScoped
public class IdeasBulkModeration {

    @PersistenceContext
    EntityManager em;

    @Inject
    SearchOutbox outbox;

    @Inject
    Event<IdeaModerated> moderated;

    /**
     * Puts these ideas in the state (published for the first time: the response clock starts at {@code at}); returns
     * the state each had. A missing idea is a 404 and changes nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<Long, ModerationState> ideas(Collection<Long> ideaIds, ModerationState state, Instant at) {
        Positional read = new Positional();
        List<?> rows = read.bind(em.createNativeQuery("select id, moderation_state from idea where id in " + read.list(ideaIds)))
                .getResultList();
        Map<Long, ModerationState> before = new HashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            before.put(((Number) r[0]).longValue(), ModerationState.valueOf((String) r[1]));
        }
        ideaIds.stream().filter(id -> !before.containsKey(id)).findFirst().ifPresent(id -> {
            throw new NotFound("There is no idea " + id + ".");
        });
        List<Long> changed = new ArrayList<>(ideaIds.stream().filter(id -> before.get(id) != state).toList());
        if (changed.isEmpty()) {
            return before;
        }
        Positional update = new Positional();
        String published = state == ModerationState.PUBLISHED
                ? ", published_at = coalesce(published_at, " + update.add(at.atOffset(ZoneOffset.UTC)) + ")" : "";
        update.bind(em.createNativeQuery("update idea set moderation_state = " + update.add(state.name()) + published
                + " where id in " + update.list(changed))).executeUpdate();
        outbox.changedWhereIn(SearchOutbox.IDEA, "idea", "id", changed);
        changed.forEach(id -> moderated.fire(new IdeaModerated(id, before.get(id), state)));
        return before;
    }

    /** The ideas' titles by id, whatever their state (what notices name them); a missing idea is left out. */
    public Map<Long, String> titles(Collection<Long> ideaIds) {
        Map<Long, String> titles = new HashMap<>();
        if (!ideaIds.isEmpty()) {
            em.createQuery("select i.id, i.title from Idea i where i.id in :ids", Object[].class).setParameter("ids", ideaIds)
                    .getResultList().forEach(r -> titles.put((Long) r[0], (String) r[1]));
        }
        return titles;
    }

    /** Each idea's post count moves by its delta (posts under it that members now see, or no longer see). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void postsChanged(Map<Long, Integer> deltas) {
        if (deltas.isEmpty()) {
            return;
        }
        Positional p = new Positional();
        String cases = deltas.entrySet().stream().map(d -> "when " + p.add(d.getKey()) + " then " + p.add(d.getValue()))
                .collect(Collectors.joining(" "));
        p.bind(em.createNativeQuery("update idea set post_count = post_count + case id " + cases + " else 0 end where id in "
                + p.list(deltas.keySet()))).executeUpdate();
        outbox.countersChangedAll(SearchOutbox.IDEA, deltas.keySet());
    }
}
