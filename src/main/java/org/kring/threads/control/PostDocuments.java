package org.kring.threads.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kring.platform.moderation.ModerationState;
import org.kring.members.control.ProfileChanged;
import org.kring.platform.text.MarkdownRenderer;
import org.kring.search.control.IndexedContributions;
import org.kring.search.control.SearchOutbox;
import org.kring.search.control.SegmentFields;
import org.kring.threads.entity.DiscussionThread;
import org.kring.threads.entity.Post;

/** Posts as the search index stores them; a deleted post has no document, so the indexer removes it. */
@ApplicationScoped
public class PostDocuments implements IndexedContributions {

    @PersistenceContext
    EntityManager em;

    @Inject
    SearchOutbox outbox;

    @Override
    public String type() {
        return Posts.POST;
    }

    @Override
    public Map<Long, Map<String, Object>> documents(Collection<Long> ids) {
        List<Post> posts = em.createQuery("select p from Post p join fetch p.author where p.id in :ids and " + Posts.NOT_DELETED,
                Post.class).setParameter("ids", ids).getResultList();
        Map<Long, Map<String, Object>> documents = new HashMap<>();
        if (posts.isEmpty()) {
            return documents;
        }
        Map<Long, DiscussionThread> threads = em.createQuery("select t from DiscussionThread t join fetch t.topic "
                        + "where t.id in :ids", DiscussionThread.class)
                .setParameter("ids", posts.stream().map(Post::getThreadId).distinct().toList()).getResultList()
                .stream().collect(Collectors.toMap(DiscussionThread::getId, Function.identity()));
        List<Long> ideaIds = threads.values().stream().map(DiscussionThread::getIdeaId).filter(Objects::nonNull).toList();
        Map<Long, ModerationState> ideaStates = new HashMap<>();
        if (!ideaIds.isEmpty()) {
            em.createQuery("select i.id, i.moderationState from Idea i where i.id in :ids", Object[].class)
                    .setParameter("ids", ideaIds).getResultList()
                    .forEach(row -> ideaStates.put((Long) row[0], (ModerationState) row[1]));
        }
        posts.forEach(p -> {
            DiscussionThread thread = threads.get(p.getThreadId());
            documents.put(p.getId(), document(p, thread, ideaStates.get(thread.getIdeaId())));
        });
        return documents;
    }

    /** The author's segment is in each of their posts' documents: write them again when it changes. */
    void profileChanged(@Observes ProfileChanged changed) {
        em.createQuery("select p.id from Post p where p.author.id = :author and " + Posts.NOT_DELETED, Long.class)
                .setParameter("author", changed.memberId()).getResultList()
                .forEach(id -> outbox.changed(Posts.POST, id));
    }

    @Override
    public Map<Long, Map<String, Object>> counters(Collection<Long> ids) {
        Map<Long, Map<String, Object>> counters = new HashMap<>();
        for (Object[] row : em.createQuery("select p.id, p.likeCount from Post p where p.id in :ids and " + Posts.NOT_DELETED,
                Object[].class).setParameter("ids", ids).getResultList()) {
            counters.put((Long) row[0], Map.of("like_count", row[1]));
        }
        return counters;
    }

    @Override
    public List<Long> idsAfter(long afterId, int limit) {
        return em.createQuery("select p.id from Post p where p.id > :after and " + Posts.NOT_DELETED + " order by p.id", Long.class)
                .setParameter("after", afterId).setMaxResults(limit).getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("select count(p) from Post p where " + Posts.NOT_DELETED, Long.class)
                .getSingleResult();
    }

    /**
     * A post's indexed state is what a reader meets: hidden when the post, its thread or the thread's idea is
     * (the search filter on moderation_state then holds for posts under hidden content too).
     */
    static Map<String, Object> document(Post p, DiscussionThread thread, ModerationState ideaState) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("type", Posts.POST);
        doc.put("id", p.getId());
        doc.put("thread_id", p.getThreadId());
        if (p.getParentId() != null) {
            doc.put("parent_id", p.getParentId());
        }
        if (thread.getIdeaId() != null) {
            doc.put("idea_id", thread.getIdeaId());
        }
        doc.put("body", MarkdownRenderer.toPlainText(p.getBodyHtml()));
        doc.put("language", thread.getLanguage());
        doc.put("topic", thread.getTopic().getSlug());
        doc.put("moderation_state", ModerationState.effective(p.getModerationState(), thread.getModerationState(), ideaState).name());
        doc.put("author_id", p.getAuthor().getId());
        SegmentFields.add(doc, p.getAuthor());
        doc.put("created_at", p.getCreatedAt().toString());
        doc.put("updated_at", p.getUpdatedAt().toString());
        doc.put("like_count", p.getLikeCount());
        return doc;
    }
}
