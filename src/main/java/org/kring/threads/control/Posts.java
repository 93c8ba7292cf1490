package org.kring.threads.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kring.follows.control.Follows;
import org.kring.follows.entity.Follow;
import org.kring.ideas.control.Ideas;
import org.kring.members.control.MentionedMembers;
import org.kring.members.control.ModeratorScope;
import org.kring.members.entity.Member;
import org.kring.notifications.control.Announcement;
import org.kring.notifications.control.MentionNotices;
import org.kring.notifications.control.Notifications;
import org.kring.notifications.entity.Notification;
import org.kring.platform.imports.ImportContext;
import org.kring.platform.moderation.Audience;
import org.kring.platform.moderation.ModerationState;
import org.kring.platform.moderation.Screening;
import org.kring.platform.database.RevisionPages;
import org.kring.platform.problems.InvalidInput;
import org.kring.platform.problems.NotFound;
import org.kring.platform.ratelimit.WriteRateLimiter;
import org.kring.platform.text.MarkdownRenderer;
import org.kring.search.control.SearchOutbox;
import org.kring.threads.entity.DiscussionThread;
import org.kring.threads.entity.Post;
import org.kring.threads.entity.PostRevision;

/**
 * Posting, replying, editing and deleting in threads. Every write keeps the thread's post count exact
 * (one atomic UPDATE in the same transaction), tells the search index through the outbox, and keeps the
 * post count of the thread's idea in step through {@link Ideas} (threads know ideas; ideas do not know threads).
 */
@ApplicationScoped
public class Posts {

    /**
     * JPQL for "post p is not deleted", by its deletion time (set together with the flag): EclipseLink sends a boolean
     * as 1 or 0 to H2 2, the embedded database, which refuses to compare them with a BOOLEAN column (eclipselink#1578).
     */
    static final String NOT_DELETED = "p.deletedAt is null";

    public static final String POST = "post";

    /**
     * A page of a thread's posts, the thread's number of posts (deleted ones included), what the reader liked, and the
     * cursor of the next page (null after the last).
     */
    public record Page(List<Post> posts, long total, Set<Long> likedByReader, String nextCursor) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    ImportContext imports;

    @Inject
    SearchOutbox outbox;

    @Inject
    Follows follows;

    @Inject
    Ideas ideas;

    @Inject
    WriteRateLimiter rateLimiter;

    @Inject
    Screening screening;

    @Inject
    MentionedMembers mentionedMembers;

    @Inject
    MentionNotices mentions;

    @Inject
    Notifications notifications;

    @Inject
    Event<PostWritten> written;

    @Inject
    Event<PostEdited> edited;

    @Inject
    ModeratorScope scopes;

    /** A member posts in a thread, as an answer to the thread (parentId null) or as a reply to a post of it. */
    @Transactional
    public Post reply(long threadId, Long parentId, long authorId, String body) {
        PostRules.checkBody(InvalidInput.check(), body).orThrow();
        rateLimiter.acquire(WriteRateLimiter.Kind.POST, authorId);
        // Nobody posts into what members cannot see.
        DiscussionThread thread = em.createQuery("select t from DiscussionThread t where t.id = :id and "
                        + Threads.visible("t", Audience.PUBLIC), DiscussionThread.class).setParameter("id", threadId)
                .getResultStream().findFirst().orElseThrow(() -> new NotFound("There is no thread " + threadId + "."));
        Post parent = null;
        if (parentId != null) {
            parent = find(parentId, Audience.PUBLIC).orElse(null);
            InvalidInput.check().that("parentId", parent != null && parent.getThreadId() == threadId,
                    "must be the id of a post in thread " + threadId).orThrow();
        }
        PostRules.enforce(PostRules.mayPost(thread));
        Screening.Verdict verdict = screening.screen(Screening.Draft.of(Screening.Kind.POST, authorId, thread.getLanguage(), false,
                "body", body));
        Post post = add(thread, parent, authorId, verdict.text("body"), Threads.now(imports.now()),
                verdict.held() ? ModerationState.HELD : ModerationState.PUBLISHED);
        if (verdict.held()) {
            screening.held(Screening.Kind.POST, post.getId(), verdict.holdReason());
        }
        return post;
    }

    /** Adds a published post to a thread (inside the caller's transaction); its author follows the thread. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Post add(DiscussionThread thread, Post parent, long authorId, String body, Instant at) {
        return add(thread, parent, authorId, body, at, ModerationState.PUBLISHED);
    }

    /**
     * Adds a post in this state. A held post is not counted and does not move the thread's activity until a moderator
     * approves it (see {@link #moderate}).
     */
    private Post add(DiscussionThread thread, Post parent, long authorId, String body, Instant at, ModerationState state) {
        MentionedMembers.Rendered rendered = render(body);
        Post post = new Post(thread.getId(), parent, em.getReference(Member.class, authorId), body, rendered.html(), at);
        post.moderate(state);
        em.persist(post);
        em.flush();
        // A reply tells the author of the post it answers; imported history (the demo's) tells nobody.
        if (parent != null && parent.getAuthor().getId() != authorId && !imports.importing()) {
            notifications.announce(new Announcement(ReplyAudience.NAME, post.getId(), authorId, Notification.Kind.REPLIED,
                    thread.getTitle(), null, MarkdownRenderer.toPlainText(rendered.html()), link(thread)));
        }
        mentioned(thread, post, rendered, authorId);
        follows.follow(authorId, Follow.Target.THREAD, thread.getId());
        written.fire(new PostWritten(post.getId(), thread.getId()));
        if (state == ModerationState.HELD) {
            outbox.changed(POST, post.getId());
        } else {
            counted(thread, post, +1);
        }
        return post;
    }

    /** The thread's post count and latest activity take this post in (+1) or out (-1), its idea's count too. */
    private void counted(DiscussionThread thread, Post post, int delta) {
        em.createNativeQuery("update discussion_thread set post_count = post_count + ?3, "
                        + "last_post_at = greatest(last_post_at, ?1), updated_at = greatest(updated_at, ?1) where id = ?2")
                .setParameter(1, post.getCreatedAt().atOffset(ZoneOffset.UTC)).setParameter(2, thread.getId()).setParameter(3, delta)
                .executeUpdate();
        changed(thread, post.getId(), delta);
    }

    /** The author (or a moderator) changes a post's body; the old body is kept as a revision. */
    @Transactional
    public Post edit(long postId, long editorId, boolean moderator, String body) {
        PostRules.checkBody(InvalidInput.check(), body).orThrow();
        Post post = require(postId, moderator ? Audience.STAFF : Audience.PUBLIC);
        DiscussionThread thread = em.find(DiscussionThread.class, post.getThreadId());
        PostRules.enforce(PostRules.mayEdit(post, thread, editorId, scope(editorId, moderator)));
        if (!moderator) {
            rateLimiter.acquire(WriteRateLimiter.Kind.EDIT, editorId);
        }
        boolean othersPost = post.getAuthor().getId() != editorId;
        reword(post, thread, editorId, body, othersPost ? editorId : null);
        return post;
    }

    /** The topics a moderator (or admin) moderates; none for anyone else. */
    private Optional<ModeratorScope.Scope> scope(long memberId, boolean moderator) {
        return moderator ? Optional.of(scopes.of(memberId)) : Optional.empty();
    }

    /**
     * A moderator puts an earlier body of the post back (undoing a logged edit): the body it replaces is kept as a
     * revision in turn, whose id is returned.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long restoreRevision(long postId, long revisionId, long moderatorId) {
        Post post = require(postId, Audience.STAFF);
        PostRevision revision = em.find(PostRevision.class, revisionId);
        if (revision == null || revision.getPostId() != postId) {
            throw new NotFound("Post " + postId + " has no revision " + revisionId + ".");
        }
        return reword(post, em.find(DiscussionThread.class, post.getThreadId()), moderatorId, revision.getBody(), null);
    }

    /** Keeps the current body as a revision and puts this one in place; the revision's id. */
    private long reword(Post post, DiscussionThread thread, long editorId, String body, Long moderatorByHand) {
        Screening.Verdict verdict = screening.screen(Screening.Draft.of(Screening.Kind.POST, editorId, thread.getLanguage(), true,
                "body", body));
        Instant at = Threads.now(imports.now());
        PostRevision revision = new PostRevision(post.getId(), post.getBody(), at, em.getReference(Member.class, editorId));
        em.persist(revision);
        MentionedMembers.Rendered rendered = render(verdict.text("body"));
        post.edit(verdict.text("body"), rendered.html(), at);
        em.flush();
        mentioned(thread, post, rendered, editorId);
        outbox.changed(POST, post.getId());
        edited.fire(new PostEdited(post.getId(), post.getAuthor().getId(), revision.getId(), moderatorByHand));
        if (verdict.held() && post.getModerationState() == ModerationState.PUBLISHED) {
            moderate(post.getId(), ModerationState.HELD);
            screening.held(Screening.Kind.POST, post.getId(), verdict.holdReason());
        }
        return revision.getId();
    }

    /**
     * The author (or a moderator) deletes a post: its body is hidden, its place and its replies stay.
     * Deleting a deleted post changes nothing.
     */
    @Transactional
    public void delete(long postId, long memberId, boolean moderator) {
        Post post = require(postId, moderator ? Audience.STAFF : Audience.PUBLIC);
        DiscussionThread thread = em.find(DiscussionThread.class, post.getThreadId());
        PostRules.enforce(PostRules.mayDelete(post, thread, memberId, scope(memberId, moderator)));
        Instant at = Threads.now(imports.now());
        int deleted = em.createNativeQuery("update post set deleted = true, deleted_at = ?1, updated_at = ?1 "
                        + "where id = ?2 and deleted = false")
                .setParameter(1, at.atOffset(ZoneOffset.UTC)).setParameter(2, postId).executeUpdate();
        if (deleted == 1) {
            // only a post that members saw was counted (a held or hidden one was not)
            if (post.getModerationState() == ModerationState.PUBLISHED) {
                counted(thread, post, -1);
            } else {
                changed(thread, postId, 0);
            }
        }
    }

    /**
     * One page of a thread's posts in this order after the cursor of the previous page (null: the first), by keyset
     * (no OFFSET: any depth costs what the first page costs); authors fetched in the same query (no N+1); to members
     * without the posts moderation took out of view (the caller checked that the thread itself is seen). A 400 on
     * {@code cursor} for one that is not this order's.
     */
    public Page page(long threadId, PostSort sort, String cursor, int limit, Optional<Long> reader, Audience audience) {
        Optional<PostSort.Cursor> after = cursor == null ? Optional.empty() : sort.decode(cursor);
        if (cursor != null && after.isEmpty()) {
            throw InvalidInput.of("cursor", "is not a cursor of this sort; start again without it");
        }
        String seen = " and " + audience.where("p.moderationState", "p.author.id");
        TypedQuery<Post> query = audience.bind(em.createQuery("select p from Post p join fetch p.author where p.threadId = :thread" + seen
                        + after.map(c -> " and " + sort.after).orElse("") + " order by " + sort.orderBy, Post.class))
                .setParameter("thread", threadId);
        after.ifPresent(c -> query.setParameter("after", c.value()).setParameter("afterId", c.id()));
        List<Post> rows = query.setMaxResults(limit + 1).getResultList();
        boolean more = rows.size() > limit;
        List<Post> posts = more ? rows.subList(0, limit) : rows;
        long total = audience.bind(em.createQuery("select count(p) from Post p where p.threadId = :thread" + seen, Long.class))
                .setParameter("thread", threadId).getSingleResult();
        Set<Long> liked = new HashSet<>();
        if (reader.isPresent() && !posts.isEmpty()) {
            liked.addAll(em.createQuery("select l.postId from PostLike l where l.memberId = :member and l.postId in :ids",
                            Long.class)
                    .setParameter("member", reader.get())
                    .setParameter("ids", posts.stream().map(Post::getId).toList()).getResultList());
        }
        return new Page(posts, total, liked, more ? sort.encode(posts.get(posts.size() - 1)) : null);
    }

    /** The member's own posts that still show, newest first. */
    public List<Post> byAuthor(long memberId, int limit) {
        return em.createQuery("select p from Post p join fetch p.author where p.author.id = :member and " + NOT_DELETED
                + " and " + visible("p", Audience.PUBLIC) + " order by p.createdAt desc, p.id desc", Post.class)
                .setParameter("member", memberId).setMaxResults(limit).getResultList();
    }

    /** The post, if the audience sees it: to members a post that is hidden, or sits in a hidden thread or idea, is missing. */
    public Optional<Post> find(long postId, Audience audience) {
        return audience.bind(em.createQuery("select p from Post p join fetch p.author where p.id = :id and " + visible("p", audience),
                Post.class)).setParameter("id", postId).getResultStream().findFirst();
    }

    /** These posts as the audience sees them (the others are left out), authors in the same query. */
    public List<Post> byIds(Collection<Long> ids, Audience audience) {
        return ids.isEmpty() ? List.of() : audience.bind(em.createQuery("select p from Post p join fetch p.author where p.id in :ids and "
                + visible("p", audience), Post.class)).setParameter("ids", ids).getResultList();
    }

    /** The JPQL condition of the one visibility rule for post {@code alias}: the post, its thread and the thread's idea. */
    static String visible(String alias, Audience audience) {
        return audience.isStaff() ? "1 = 1"
                : "(" + audience.where(alias + ".moderationState", alias + ".author.id") + " and " + Threads.visibleThread(alias + ".threadId", audience) + ")";
    }

    /**
     * Moderation puts a post in a state, inside the moderation's transaction; the index follows. Returns the state
     * it had.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ModerationState moderate(long postId, ModerationState state) {
        Post post = em.find(Post.class, postId);
        if (post == null) {
            throw new NotFound("There is no post " + postId + ".");
        }
        ModerationState before = post.getModerationState();
        if (before != state) {
            post.moderate(state);
            em.flush();
            // counts are what members see: a post that moderation holds or takes out of view (or gives back) moves them
            int delta = visibleDelta(before, state, post.isDeleted());
            if (delta != 0) {
                counted(em.find(DiscussionThread.class, post.getThreadId()), post, delta);
            } else {
                outbox.changed(POST, postId);
            }
        }
        return before;
    }

    /**
     * How a post's move between two moderation states changes the counts members see: +1 when they see it again, -1
     * when moderation takes it out of their view, 0 otherwise (a deleted post was counted out already).
     */
    static int visibleDelta(ModerationState before, ModerationState after, boolean deleted) {
        return deleted ? 0 : Boolean.compare(after == ModerationState.PUBLISHED, before == ModerationState.PUBLISHED);
    }

    /** A post's earlier bodies, newest first: a page of at most {@code limit} after the revision {@code before} (null: the newest). */
    public List<PostRevision> revisions(long postId, Long before, int limit) {
        return RevisionPages.newestFirst(em, PostRevision.class, "postId", postId, "join fetch r.editor ", before, limit);
    }

    public Post require(long postId, Audience audience) {
        return find(postId, audience).orElseThrow(() -> new NotFound("There is no post " + postId + "."));
    }

    private void changed(DiscussionThread thread, long postId, int delta) {
        outbox.changed(POST, postId);
        if (thread.isStandalone()) {
            outbox.changed(Threads.THREAD, thread.getId());
        }
        if (thread.getIdeaId() != null && delta != 0) {
            ideas.postsChanged(thread.getIdeaId(), delta);
        }
    }

    private MentionedMembers.Rendered render(String body) {
        return mentionedMembers.render(body, "body", PostRules.MAX_BODY_HTML);
    }

    /** Tells the members a post names, once each, while members see it (an edit of a hidden post tells nobody). */
    private void mentioned(DiscussionThread thread, Post post, MentionedMembers.Rendered rendered, long writerId) {
        if (!rendered.mentioned().isEmpty() && find(post.getId(), Audience.PUBLIC).isPresent()) {
            mentions.mentioned(POST, post.getId(), rendered.mentioned(), writerId, thread.getTitle(),
                    MarkdownRenderer.toPlainText(rendered.html()), link(thread));
        }
    }

    /** Where a thread's posts are read: on its idea's page, or on the thread's own. */
    static String link(DiscussionThread thread) {
        return thread.getIdeaId() != null ? "/idea.xhtml?id=" + thread.getIdeaId() : "/thread.xhtml?id=" + thread.getId();
    }
}
