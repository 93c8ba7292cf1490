package org.kring.ideas.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.kring.ideas.entity.Idea;
import org.kring.ideas.entity.IdeaRevision;
import org.kring.members.control.MentionedMembers;
import org.kring.members.control.ModeratorScope;
import org.kring.members.entity.Member;
import org.kring.notifications.control.MentionNotices;
import org.kring.platform.database.RevisionPages;
import org.kring.platform.database.Timestamps;
import org.kring.platform.imports.ImportContext;
import org.kring.platform.moderation.Audience;
import org.kring.platform.moderation.ModerationState;
import org.kring.platform.moderation.Screening;
import org.kring.platform.problems.Conflict;
import org.kring.platform.problems.Forbidden;
import org.kring.platform.problems.InvalidInput;
import org.kring.platform.problems.NotFound;
import org.kring.platform.ratelimit.WriteRateLimiter;
import org.kring.platform.text.MarkdownRenderer;
import org.kring.search.control.SearchOutbox;
import org.kring.topics.control.Challenges;
import org.kring.topics.control.Topics;
import org.kring.topics.entity.Challenge;
import org.kring.topics.entity.Topic;

/**
 * Posting, editing, reading and listing ideas, and keeping each idea's counters exact.
 * Every write also tells the search index, in the same transaction.
 */
@ApplicationScoped
public class Ideas {

    public static final int MAX_PAGE = 100;

    /** A topic's published ideas: how many, and when the newest was posted. */
    public record Activity(long ideas, Instant lastIdeaAt) {
    }

    /** One page of a list, and where the next page starts (null on the last page). */
    public record Page(List<Idea> ideas, String nextCursor) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    ImportContext imports;

    @Inject
    SearchOutbox outbox;

    @Inject
    Topics topics;

    @Inject
    Challenges challenges;

    @Inject
    WriteRateLimiter rateLimiter;

    @Inject
    MentionedMembers mentionedMembers;

    @Inject
    MentionNotices mentions;

    @Inject
    Event<IdeaPosted> posted;

    @Inject
    Event<IdeaModerated> moderated;

    @Inject
    Event<IdeaMoved> moved;

    @Inject
    Screening screening;

    @Inject
    Event<IdeaEdited> edited;

    @Inject
    ModeratorScope scopes;

    /** A member posts an idea; its author's vote comes with it (see votes). */
    @Transactional
    public Idea post(IdeaDraft draft, long authorId) {
        draft.checkNew().orThrow();
        rateLimiter.acquire(WriteRateLimiter.Kind.IDEA, authorId);
        return store(draft, screen(draft, authorId, draft.language(), false), authorId, imports.now());
    }

    /** Pre-moderation: a blocked word refuses the idea, a censored one is replaced, a hold keeps it from members. */
    private Screening.Verdict screen(IdeaDraft draft, long writerId, String language, boolean edit) {
        return screening.screen(Screening.Draft.of(Screening.Kind.IDEA, writerId, language, edit,
                "title", draft.trimmedTitle(), "body", draft.trimmedBody()));
    }

    private Idea store(IdeaDraft draft, Screening.Verdict verdict, long authorId, Instant at) {
        Topic topic = topics.bySlug(draft.topic()).filter(Topic::isListed) // an archived topic takes no new ideas
                .orElseThrow(() -> invalid("topic", "there is no open topic '" + draft.topic() + "'"));
        Challenge challenge = draft.challenge() == null || draft.challenge().isBlank() ? null : answerable(draft.challenge(), topic, at);
        String body = verdict.text("body");
        MentionedMembers.Rendered rendered = mentionedMembers.render(body, "body", IdeaDraft.BODY_HTML_MAX);
        Idea idea = new Idea(topic, challenge, em.getReference(Member.class, authorId), verdict.text("title"),
                body, rendered.html(), draft.normalisedTags(), draft.language(), at, verdict.held());
        em.persist(idea);
        em.flush();
        mentioned(idea, rendered, authorId);
        posted.fire(new IdeaPosted(idea.getId(), topic.getId(), authorId, idea.getTitle(), idea.getLanguage(), at));
        outbox.changed(SearchOutbox.IDEA, idea.getId());
        if (verdict.held()) {
            screening.held(Screening.Kind.IDEA, idea.getId(), verdict.holdReason());
        }
        em.refresh(idea);
        return idea;
    }

    /** Tells the members an idea names, once each, while members see it (an edit of a hidden idea tells nobody). */
    private void mentioned(Idea idea, MentionedMembers.Rendered body, long writerId) {
        if (!body.mentioned().isEmpty() && idea.getModerationState() == ModerationState.PUBLISHED) {
            mentions.mentioned(SearchOutbox.IDEA, idea.getId(), body.mentioned(), writerId, idea.getTitle(),
                    MarkdownRenderer.toPlainText(body.html()), "/idea.xhtml?id=" + idea.getId());
        }
    }

    private Challenge answerable(String slug, Topic topic, Instant at) {
        Challenge challenge = challenges.bySlug(slug).orElseThrow(() -> invalid("challenge", "there is no challenge '" + slug + "'"));
        if (!challenge.getTopic().getId().equals(topic.getId())) {
            throw invalid("challenge", "belongs to another topic");
        }
        if (!challenge.isOpenAt(at)) {
            throw invalid("challenge", "is not open for ideas");
        }
        return challenge;
    }

    /**
     * The author rewords an idea, or a moderator of its topic (see {@link ModeratorScope}) another member's; the previous
     * wording is kept as a revision.
     */
    @Transactional
    public Idea edit(long ideaId, IdeaDraft draft, long editorId, boolean editorIsModerator) {
        Idea idea = em.find(Idea.class, ideaId);
        if (idea == null) {
            throw notFound(ideaId);
        }
        if (!editorIsModerator && idea.getModerationState() != ModerationState.PUBLISHED) {
            throw notFound(ideaId);
        }
        boolean othersIdea = !idea.getAuthor().getId().equals(editorId);
        if (othersIdea && !(editorIsModerator && scopes.of(editorId).covers(idea.getTopic().getId()))) {
            throw new Forbidden(editorIsModerator
                    ? "Idea " + ideaId + " is in a topic you do not moderate: only its author may edit it; nothing changed."
                    : "Only the author or a moderator may edit this idea.");
        }
        draft.checkWording().orThrow();
        if (!editorIsModerator) {
            rateLimiter.acquire(WriteRateLimiter.Kind.EDIT, editorId);
        }
        reword(idea, draft, editorId, othersIdea ? editorId : null);
        return idea;
    }

    /**
     * A moderator puts an earlier wording of the idea back (undoing a logged edit): the wording it replaces is kept as
     * a revision in turn, whose id is returned.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long restoreRevision(long ideaId, long revisionId, long moderatorId) {
        Idea idea = em.find(Idea.class, ideaId);
        IdeaRevision revision = em.find(IdeaRevision.class, revisionId);
        if (idea == null || revision == null || revision.getIdeaId() != ideaId) {
            throw new NotFound("Idea " + ideaId + " has no revision " + revisionId + ".");
        }
        List<String> tags = revision.getTags().isBlank() ? List.of() : List.of(revision.getTags().split(" "));
        return reword(idea, new IdeaDraft(revision.getTitle(), revision.getBody(), tags, null, null, null), moderatorId, null);
    }

    /** Keeps the current wording as a revision and puts the draft's in place; the revision's id. */
    private long reword(Idea idea, IdeaDraft draft, long editorId, Long moderatorByHand) {
        Screening.Verdict verdict = screen(draft, editorId, idea.getLanguage(), true);
        Instant now = imports.now();
        IdeaRevision revision = new IdeaRevision(idea, editorId, now);
        em.persist(revision);
        String body = verdict.text("body");
        MentionedMembers.Rendered rendered = mentionedMembers.render(body, "body", IdeaDraft.BODY_HTML_MAX);
        idea.edit(verdict.text("title"), body, rendered.html(), draft.normalisedTags(), now);
        mentioned(idea, rendered, editorId);
        outbox.changed(SearchOutbox.IDEA, idea.getId());
        edited.fire(new IdeaEdited(idea.getId(), idea.getAuthor().getId(), revision.getId(), moderatorByHand));
        if (verdict.held() && idea.getModerationState() == ModerationState.PUBLISHED) {
            moderate(idea.getId(), ModerationState.HELD);
            screening.held(Screening.Kind.IDEA, idea.getId(), verdict.holdReason());
        }
        return revision.getId();
    }

    /** Moves an idea to another status; the status workflow and its notifications build on this. */
    @Transactional
    public void changeStatus(long ideaId, Idea.Status status) {
        Instant at = imports.now();
        Idea idea = em.find(Idea.class, ideaId);
        if (idea == null) {
            throw notFound(ideaId);
        }
        idea.moveTo(status, at);
        outbox.changed(SearchOutbox.IDEA, ideaId);
    }

    /** Earlier wordings of an idea, newest first: a page of at most {@code limit} after the revision {@code before} (null: the newest). */
    public List<IdeaRevision> revisions(long ideaId, Long before, int limit) {
        return RevisionPages.newestFirst(em, IdeaRevision.class, "ideaId", ideaId, "", before, limit);
    }

    /** The idea, if this audience may see it (see {@link Audience}): to members a hidden idea is missing. */
    public Optional<Idea> find(long id, Audience audience) {
        return audience.bind(em.createQuery("select i from Idea i join fetch i.topic join fetch i.author left join fetch i.challenge "
                + "where i.id = :id and " + audience.where("i.moderationState", "i.author.id"), Idea.class))
                .setParameter("id", id).getResultStream().findFirst();
    }

    /**
     * A JPQL condition that holds when the idea with this id (an expression, e.g. {@code t.ideaId}) is seen by the
     * audience: what lives inside an idea (its thread, its posts) is hidden with it.
     */
    public static String visibleIdea(String ideaIdExpression, Audience audience) {
        return audience.isStaff() ? "1 = 1" : "exists (select vi.id from Idea vi where vi.id = " + ideaIdExpression
                + " and " + audience.where("vi.moderationState", "vi.author.id") + ")";
    }

    /** These published ideas, in the order of the ids given, topic, author and challenge in the same query. */
    public List<Idea> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Idea> found = new HashMap<>();
        em.createQuery("select i from Idea i join fetch i.topic join fetch i.author left join fetch i.challenge "
                + "where i.id in :ids and i.moderationState = " + ModerationState.PUBLISHED.jpql(), Idea.class).setParameter("ids", ids)
                .getResultList().forEach(i -> found.put(i.getId(), i));
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    public Idea require(long id, Audience audience) {
        return find(id, audience).orElseThrow(() -> notFound(id));
    }

    /**
     * A 404 unless the idea exists and is published: one primary-key probe, for writes that need only the id
     * (votes). Nobody votes on what members cannot see.
     */
    public void requirePublished(long id) {
        if (em.createNativeQuery("select 1 from idea where id = ?1 and moderation_state = ?2").setParameter(1, id)
                .setParameter(2, ModerationState.PUBLISHED.name()).getResultList().isEmpty()) {
            throw notFound(id);
        }
    }

    /**
     * Before a vote changes: holds the idea's row until the vote's transaction ends, so that a merge (which locks both
     * ideas' rows first) either sees this vote or is seen by it, never half. Returns the vote count as locked: while the
     * lock is held only this transaction moves it, so the caller knows the count after its own change without reading it
     * again. A 404 unless the idea is published, a 409 naming the idea it was merged into.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int lockForVote(long id) {
        List<?> rows = em.createNativeQuery("select merged_into_id, vote_count from idea where id = ?1 and moderation_state = ?2 "
                        + "for update")
                .setParameter(1, id).setParameter(2, ModerationState.PUBLISHED.name()).getResultList();
        if (rows.isEmpty()) {
            throw notFound(id);
        }
        Object[] row = (Object[]) rows.get(0);
        if (row[0] instanceof Number into) {
            throw new Conflict("Idea " + id + " was merged into idea " + into + " as its duplicate: vote there "
                    + "(/api/v1/ideas/" + into + "/vote).", "mergedInto", String.valueOf(into));
        }
        return ((Number) row[1]).intValue();
    }

    /**
     * Locks the idea's row for a merge, an unmerge or a move (callers lock two ideas lowest id first, so that two
     * merges never deadlock); null when there is no such idea.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Idea lock(long id) {
        return em.find(Idea.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Marks the (locked) source as the target's duplicate; both are re-indexed. Votes and follows move elsewhere. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void merge(Idea source, Idea target) {
        source.mergeInto(target.getId());
        em.flush();
        outbox.changed(SearchOutbox.IDEA, source.getId());
        outbox.changed(SearchOutbox.IDEA, target.getId());
    }

    /** The (locked) source stands alone again with the status it had before the merge. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void unmerge(Idea source, Idea.Status statusBefore) {
        long target = source.getMergedIntoId();
        source.unmerge(statusBefore);
        em.flush();
        outbox.changed(SearchOutbox.IDEA, source.getId());
        outbox.changed(SearchOutbox.IDEA, target);
    }

    /**
     * A moderator moves the (locked) idea to another topic and challenge (null: none), inside the moderation's
     * transaction; its thread and posts follow through {@link IdeaMoved}, the index too. A challenge must belong to
     * the topic and be open, unless the move is undone (back to where the idea was).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void move(Idea idea, String topicSlug, String challengeSlug, boolean back) {
        Topic topic = topicSlug == null ? null : topics.bySlug(topicSlug).orElse(null);
        if (topic == null) {
            throw invalid("topic", "there is no topic '" + topicSlug + "'");
        }
        Challenge challenge = challengeSlug == null || challengeSlug.isBlank() ? null
                : back ? challenges.bySlug(challengeSlug).orElseThrow(() -> invalid("challenge", "there is no challenge '" + challengeSlug + "'"))
                : answerable(challengeSlug, topic, imports.now());
        idea.moveTo(topic, challenge);
        em.flush();
        outbox.changed(SearchOutbox.IDEA, idea.getId());
        moved.fire(new IdeaMoved(idea.getId(), topic.getId()));
    }

    /** The ideas merged into this one ("merged from"), oldest first, as this audience may see them. */
    public List<Idea> mergedInto(long targetId, Audience audience) {
        return em.createQuery("select i from Idea i where i.mergedIntoId = :id and " + audience.where("i.moderationState")
                + " order by i.id", Idea.class).setParameter("id", targetId).getResultList();
    }

    /**
     * Moderation puts the idea in a state (hidden, held, deleted, published again), inside the moderation's
     * transaction; the index and everything inside the idea follow through {@link IdeaModerated}. Approving a held
     * idea publishes it: the response clock starts then. Returns the state it had.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ModerationState moderate(long ideaId, ModerationState state) {
        Idea idea = em.find(Idea.class, ideaId);
        if (idea == null) {
            throw notFound(ideaId);
        }
        ModerationState before = idea.getModerationState();
        if (before != state) {
            idea.moderate(state, imports.now());
            em.flush();
            outbox.changed(SearchOutbox.IDEA, ideaId);
            moderated.fire(new IdeaModerated(ideaId, before, state));
        }
        return before;
    }

    /**
     * One page of ideas, filtered and sorted, after the cursor of the previous page. Topic, challenge
     * and author come in the same query (no N+1).
     */
    public Page list(IdeaFilter filter, IdeaSort sort, String cursor, int limit) {
        InvalidInput.check().range("limit", limit, 1, MAX_PAGE).orThrow();
        Optional<IdeaSort.Cursor> after = cursor == null ? Optional.empty() : sort.decode(cursor);
        if (cursor != null && after.isEmpty()) {
            throw invalid("cursor", "is not a cursor of this list; start again without it");
        }
        List<String> where = new ArrayList<>();
        where.add("i.moderationState = " + ModerationState.PUBLISHED.jpql());
        if (filter.topic() != null) {
            where.add("i.topic.slug = :topic");
        }
        if (filter.challenge() != null) {
            where.add("i.challenge.slug = :challenge");
        }
        if (filter.tag() != null) {
            where.add(":tag member of i.tagSet");
        }
        if (filter.status() != null) {
            where.add("i.status = :status");
        } else if (filter.authorId() == null) {
            // an idea merged into another lives on in that one: lists show it to who asks for duplicates, and on its author's
            where.add("i.mergedIntoId is null");
        }
        if (filter.authorId() != null) {
            where.add("i.author.id = :author");
        }
        after.ifPresent(c -> where.add("(i." + sort.field + " < :after or (i." + sort.field + " = :after and i.id < :afterId))"));
        String jpql = "select i from Idea i join fetch i.topic join fetch i.author left join fetch i.challenge where "
                + String.join(" and ", where) + " order by i." + sort.field + " desc, i.id desc";
        TypedQuery<Idea> query = em.createQuery(jpql, Idea.class);
        if (filter.topic() != null) {
            query.setParameter("topic", filter.topic());
        }
        if (filter.challenge() != null) {
            query.setParameter("challenge", filter.challenge());
        }
        if (filter.tag() != null) {
            query.setParameter("tag", filter.tag().toLowerCase(Locale.ROOT));
        }
        if (filter.status() != null) {
            query.setParameter("status", status(filter.status()));
        }
        if (filter.authorId() != null) {
            query.setParameter("author", filter.authorId());
        }
        after.ifPresent(c -> query.setParameter("after", c.value()).setParameter("afterId", c.id()));
        List<Idea> rows = query.setMaxResults(limit + 1).getResultList();
        boolean more = rows.size() > limit;
        List<Idea> page = more ? rows.subList(0, limit) : rows;
        return new Page(page, more ? sort.encode(page.get(page.size() - 1)) : null);
    }

    private static Idea.Status status(String name) {
        try {
            return Idea.Status.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid("status", "must be one of " + Arrays.toString(Idea.Status.values()));
        }
    }

    /**
     * Per topic id, its published ideas' count and newest date (one grouped query). Native: an aggregate
     * of an Instant column skips the JPA converter, and the drivers answer Timestamp or OffsetDateTime.
     */
    public Map<Long, Activity> activityByTopic() {
        Map<Long, Activity> activity = new HashMap<>();
        for (Object row : em.createNativeQuery("select topic_id, count(*), max(created_at) from idea "
                + "where moderation_state = ?1 group by topic_id").setParameter(1, ModerationState.PUBLISHED.name()).getResultList()) {
            Object[] r = (Object[]) row;
            Instant last = Timestamps.instant(r[2]);
            activity.put(((Number) r[0]).longValue(), new Activity(((Number) r[1]).longValue(), last));
        }
        return activity;
    }

    /**
     * For these statuses, how many published ideas each has (of one topic, or of all for a null slug): one grouped
     * query over the index range of those statuses (idea_roadmap), not over every idea.
     */
    public Map<Idea.Status, Long> countByStatus(String topicSlug, Collection<Idea.Status> statuses) {
        Map<Idea.Status, Long> counts = new EnumMap<>(Idea.Status.class);
        TypedQuery<Object[]> query = em.createQuery("select i.status, count(i) from Idea i where i.status in :statuses and "
                + "i.moderationState = " + ModerationState.PUBLISHED.jpql() + (topicSlug == null ? "" : " and i.topic.slug = :topic")
                + " group by i.status", Object[].class).setParameter("statuses", statuses);
        if (topicSlug != null) {
            query.setParameter("topic", topicSlug);
        }
        query.getResultList().forEach(row -> counts.put((Idea.Status) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    /** The member's ideas that members still see, newest first, topic in the same query (index idea_author_created). */
    public List<Idea> byAuthor(long memberId, int limit) {
        return em.createQuery("select i from Idea i join fetch i.topic where i.author.id = :member and "
                        + Audience.PUBLIC.where("i.moderationState") + " order by i.createdAt desc, i.id desc", Idea.class)
                .setParameter("member", memberId).setMaxResults(limit).getResultList();
    }

    /** Newest ideas for the home page. */
    public List<Idea> newest(int limit) {
        return list(IdeaFilter.ALL, IdeaSort.NEWEST, null, limit).ideas();
    }

    /**
     * Adds to an idea's vote count in one atomic statement (no lost updates under concurrent votes)
     * and moves its trending score with it; see V3 for the formula.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void votesChanged(long ideaId, int delta) {
        em.createNativeQuery("update idea set vote_count = vote_count + ?2, "
                        + "hot_score = log10(vote_count + ?2 + 1) + extract(epoch from created_at) / 45000 where id = ?1")
                .setParameter(1, ideaId).setParameter(2, delta).executeUpdate();
        outbox.countersChanged(SearchOutbox.IDEA, ideaId);
    }

    /** Adds to an idea's post count in one atomic statement. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void postsChanged(long ideaId, int delta) {
        em.createNativeQuery("update idea set post_count = post_count + ?2 where id = ?1")
                .setParameter(1, ideaId).setParameter(2, delta).executeUpdate();
        outbox.countersChanged(SearchOutbox.IDEA, ideaId);
    }

    public long count() {
        return em.createQuery("select count(i) from Idea i", Long.class).getSingleResult();
    }

    private static NotFound notFound(long id) {
        return new NotFound("There is no idea " + id + ".");
    }

    private static InvalidInput invalid(String field, String reason) {
        return InvalidInput.of(field, reason);
    }
}
