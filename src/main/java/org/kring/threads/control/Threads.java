package org.kring.threads.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kring.ideas.control.IdeaModerated;
import org.kring.ideas.control.IdeaMoved;
import org.kring.ideas.control.IdeaPosted;
import org.kring.ideas.control.Ideas;
import org.kring.members.entity.Member;
import org.kring.platform.imports.ImportContext;
import org.kring.platform.moderation.Audience;
import org.kring.platform.moderation.ModerationState;
import org.kring.platform.moderation.Screening;
import org.kring.platform.problems.NotFound;
import org.kring.platform.problems.InvalidInput;
import org.kring.platform.ratelimit.WriteRateLimiter;
import org.kring.platform.text.Bilingual;
import org.kring.search.control.SearchOutbox;
import org.kring.threads.entity.DiscussionThread;
import org.kring.topics.control.Topics;
import org.kring.topics.entity.Topic;

/** Starting and reading threads: the thread every idea owns, and standalone threads in a topic. */
@ApplicationScoped
public class Threads {

    public static final String THREAD = "thread";
    public static final int MAX_PAGE = 100;
    public static final Set<String> LANGUAGES = Bilingual.LANGUAGES;

    @PersistenceContext
    EntityManager em;

    @Inject
    ImportContext imports;

    @Inject
    SearchOutbox outbox;

    @Inject
    Posts posts;

    @Inject
    Topics topics;

    @Inject
    WriteRateLimiter rateLimiter;

    @Inject
    Screening screening;

    /**
     * Every idea owns a thread: created in the idea's own transaction, so there is never an idea without one.
     * Not sent to the search index: the idea itself is indexed, its thread would only repeat its title.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void ideaPosted(@Observes IdeaPosted idea) {
        DiscussionThread thread = new DiscussionThread(em.getReference(Topic.class, idea.topicId()), idea.ideaId(),
                em.getReference(Member.class, idea.authorId()), idea.title(), idea.language(), now(idea.at()));
        em.persist(thread);
    }

    /**
     * A member starts a thread in a topic (by slug) with its first post; the author follows it (see Posts).
     * Bad input is refused field by field; the first post counts against the member's post rate.
     */
    @Transactional
    public DiscussionThread start(String topicSlug, long authorId, String title, String body, String language) {
        Optional<Topic> topic = topicSlug == null ? Optional.empty() : topics.bySlug(topicSlug).filter(Topic::isListed);
        InvalidInput.Checks checks = InvalidInput.check()
                .that("topic", topic.isPresent(), "must be the slug of an existing topic that is not archived")
                .text("title", title, 5, 140)
                .that("language", language != null && LANGUAGES.contains(language), "must be one of " + LANGUAGES);
        PostRules.checkBody(checks, body).orThrow();
        rateLimiter.acquire(WriteRateLimiter.Kind.POST, authorId);
        // Pre-moderation screens the thread's title and first post; a held thread hides both until approved.
        Screening.Verdict verdict = screening.screen(Screening.Draft.of(Screening.Kind.THREAD, authorId, language, false,
                "title", title.strip(), "body", body));
        return start(topic.get(), authorId, verdict, language, imports.now());
    }

    private DiscussionThread start(Topic topic, long authorId, Screening.Verdict verdict, String language, Instant when) {
        Instant at = now(when);
        DiscussionThread thread = new DiscussionThread(em.merge(topic), null, em.getReference(Member.class, authorId),
                verdict.text("title"), language, at);
        if (verdict.held()) {
            thread.moderate(ModerationState.HELD);
        }
        em.persist(thread);
        em.flush();
        outbox.changed(THREAD, thread.getId());
        posts.add(thread, null, authorId, verdict.text("body"), at);
        if (verdict.held()) {
            screening.held(Screening.Kind.THREAD, thread.getId(), verdict.holdReason());
        }
        em.refresh(thread);
        return thread;
    }

    /** The thread, if the audience sees it: to members a hidden thread, or the thread of a hidden idea, is missing. */
    public Optional<DiscussionThread> find(long id, Audience audience) {
        return audience.bind(em.createQuery("select t from DiscussionThread t join fetch t.topic join fetch t.author where t.id = :id and "
                + visible("t", audience), DiscussionThread.class)).setParameter("id", id).getResultStream().findFirst();
    }

    public DiscussionThread require(long id, Audience audience) {
        return find(id, audience).orElseThrow(() -> new NotFound("There is no thread " + id + "."));
    }

    /** These threads by id that members see (in no particular order), topic and author in the same query. */
    public List<DiscussionThread> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : em.createQuery("select t from DiscussionThread t join fetch t.topic join fetch t.author "
                + "where t.id in :ids and " + visible("t", Audience.PUBLIC), DiscussionThread.class).setParameter("ids", ids)
                .getResultList();
    }

    /** The member's standalone threads that members still see, newest first, topic in the same query. */
    public List<DiscussionThread> byAuthor(long memberId, int limit) {
        return em.createQuery("select t from DiscussionThread t join fetch t.topic where t.author.id = :member and t.ideaId is null "
                        + "and " + visible("t", Audience.PUBLIC) + " order by t.createdAt desc, t.id desc", DiscussionThread.class)
                .setParameter("member", memberId).setMaxResults(limit).getResultList();
    }

    public Optional<DiscussionThread> ofIdea(long ideaId, Audience audience) {
        return audience.bind(em.createQuery("select t from DiscussionThread t join fetch t.topic join fetch t.author where t.ideaId = :id and "
                + visible("t", audience), DiscussionThread.class)).setParameter("id", ideaId).getResultStream().findFirst();
    }

    /**
     * A JPQL condition that holds when the thread {@code alias} is seen by the audience: the thread itself and,
     * for an idea's thread, its idea. The one place of this rule for threads and (through {@link #visibleThread})
     * their posts.
     */
    static String visible(String alias, Audience audience) {
        return audience.isStaff() ? "1 = 1" : "(" + audience.where(alias + ".moderationState", alias + ".author.id") + " and (" + alias
                + ".ideaId is null or " + Ideas.visibleIdea(alias + ".ideaId", audience) + "))";
    }

    /** A JPQL condition that holds when the thread with this id (an expression, e.g. {@code p.threadId}) is seen. */
    static String visibleThread(String threadIdExpression, Audience audience) {
        return audience.isStaff() ? "1 = 1" : "exists (select vt.id from DiscussionThread vt where vt.id = "
                + threadIdExpression + " and " + visible("vt", audience) + ")";
    }

    /**
     * Moderation puts a thread in a state, inside the moderation's transaction; its posts follow it in the index.
     * Returns the state it had.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ModerationState moderate(long threadId, ModerationState state) {
        DiscussionThread thread = em.find(DiscussionThread.class, threadId);
        if (thread == null) {
            throw new NotFound("There is no thread " + threadId + ".");
        }
        ModerationState before = thread.getModerationState();
        if (before != state) {
            thread.moderate(state);
            em.flush();
            if (thread.isStandalone()) {
                outbox.changed(THREAD, threadId);
            }
            outbox.changedWhere(Posts.POST, "post", "thread_id", threadId);
        }
        return before;
    }

    /** A moderator locks a thread (no new posts) or opens it again; returns whether it was locked. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean lock(long threadId, boolean locked) {
        DiscussionThread thread = em.find(DiscussionThread.class, threadId);
        if (thread == null) {
            throw new NotFound("There is no thread " + threadId + ".");
        }
        boolean before = thread.isLocked();
        thread.setLocked(locked);
        return before;
    }

    /** A moderator pins a thread (or unpins it); returns whether it was pinned. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean pin(long threadId, boolean pinned) {
        DiscussionThread thread = em.find(DiscussionThread.class, threadId);
        if (thread == null) {
            throw new NotFound("There is no thread " + threadId + ".");
        }
        boolean before = thread.isPinned();
        thread.pin(pinned);
        return before;
    }

    /**
     * A moderator moves a standalone thread to another topic (by slug) inside the moderation's transaction; it and
     * its posts are re-indexed. Returns the topic slug it had. An idea's thread moves with its idea only.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String move(long threadId, String topicSlug) {
        DiscussionThread thread = em.find(DiscussionThread.class, threadId, LockModeType.PESSIMISTIC_WRITE);
        if (thread == null) {
            throw new NotFound("There is no thread " + threadId + ".");
        }
        if (!thread.isStandalone()) {
            throw InvalidInput.of("id", "is the thread of idea " + thread.getIdeaId() + ": move the idea, its thread moves with it");
        }
        Topic topic = (topicSlug == null ? Optional.<Topic>empty() : topics.bySlug(topicSlug))
                .orElseThrow(() -> InvalidInput.of("topic", "there is no topic '" + topicSlug + "'"));
        String before = thread.getTopic().getSlug();
        thread.moveTo(em.merge(topic));
        em.flush();
        outbox.changed(THREAD, threadId);
        outbox.changedWhere(Posts.POST, "post", "thread_id", threadId);
        return before;
    }

    /** An idea's thread and its posts move with the idea to its new topic, in the index too. */
    @Transactional(Transactional.TxType.MANDATORY)
    void ideaMoved(@Observes IdeaMoved moved) {
        for (DiscussionThread thread : em.createQuery("select t from DiscussionThread t where t.ideaId = :idea", DiscussionThread.class)
                .setParameter("idea", moved.ideaId()).getResultList()) {
            thread.moveTo(em.getReference(Topic.class, moved.topicId()));
            em.flush();
            outbox.changedWhere(Posts.POST, "post", "thread_id", thread.getId());
        }
    }

    /** The posts of an idea's thread follow the idea into or out of view, in the index too. */
    @Transactional(Transactional.TxType.MANDATORY)
    void ideaModerated(@Observes IdeaModerated moderated) {
        em.createQuery("select t.id from DiscussionThread t where t.ideaId = :idea", Long.class)
                .setParameter("idea", moderated.ideaId()).getResultStream()
                .forEach(threadId -> outbox.changedWhere(Posts.POST, "post", "thread_id", threadId));
    }

    /**
     * Standalone threads, newest activity first, optionally of one topic (null: all topics). A total order
     * (ties by id) over the index (topic_id, last_post_at desc, id desc), so pages neither repeat nor skip
     * a thread unless activity moves it between two requests.
     */
    public List<DiscussionThread> standalone(Long topicId, int page, int limit) {
        String where = topicId == null ? "" : " and t.topic.id = :topic";
        var query = em.createQuery("select t from DiscussionThread t join fetch t.topic join fetch t.author"
                + " where t.ideaId is null and " + visible("t", Audience.PUBLIC) + where + " order by t.lastPostAt desc, t.id desc", DiscussionThread.class);
        if (topicId != null) {
            query.setParameter("topic", topicId);
        }
        return query.setFirstResult((page - 1) * limit).setMaxResults(limit).getResultList();
    }

    /** Timestamps as PostgreSQL stores them (microseconds), so that what we return is what we read back. */
    static Instant now(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }
}
