package org.kring.threads.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.kring.members.control.CurrentMember;
import org.kring.platform.faces.PageMessages;
import org.kring.platform.faces.Pages;
import org.kring.platform.moderation.ModerationState;
import org.kring.platform.text.Bilingual;
import org.kring.threads.control.Likes;
import org.kring.threads.control.PostSort;
import org.kring.threads.control.Posts;
import org.kring.threads.control.Threads;
import org.kring.threads.entity.DiscussionThread;
import org.kring.threads.entity.Post;

/**
 * A threaded discussion on a page (an idea's thread on the idea page, a standalone thread on the thread
 * page): read a page of posts at a time, so a 1,000-post thread opens as fast as a short one; answer,
 * reply, like, delete my own posts. Thin: every rule is in the threads controls.
 */
@Named
@ViewScoped
public class DiscussionBean implements Serializable {

    static final int POSTS_PER_PAGE = 50;
    /** What a refusal by the thread's rules (not yours, locked, deleted) says. */
    private static final String REFUSED = "discussion.refused";

    @Inject
    Threads threads;
    @Inject
    Posts posts;
    @Inject
    Likes likes;
    @Inject
    CurrentMember current;

    private Long threadId;
    private boolean locked;
    private String title;
    private String language;
    private String topicSlug;
    private String topicNl;
    private String topicEn;
    private String author;
    private Instant createdAt;

    /** Posts read so far, by id, oldest first; shown in reading order. */
    private final LinkedHashMap<Long, PostItem> loaded = new LinkedHashMap<>();
    /** Where the next page starts (null: no more, or nothing read yet). */
    private String nextCursor;
    private long totalPosts;
    private boolean held;

    private Long replyTo;
    private String replyBody;
    private Long editing;
    private String editBody;
    private String answerBody;

    /**
     * The idea page's discussion (view action after the idea is read). On an idea that waits for a moderator (only its
     * author and staff get here) nobody replies until it is approved.
     */
    public void openForIdea(Long ideaId, boolean ideaHeld) {
        if (ideaId != null) {
            threads.ofIdea(ideaId, current.audience()).ifPresent(this::open);
        }
        held = held || ideaHeld;
    }

    /** The thread page (view action): a standalone thread, or the idea page for an idea's thread. */
    public void openThread() {
        Optional<DiscussionThread> thread = threadId == null ? Optional.empty() : threads.find(threadId, current.audience());
        // Hidden and deleted threads are for the moderation page; a held one reaches only its author (and staff) here.
        if (thread.isEmpty() || thread.get().getModerationState() != ModerationState.PUBLISHED
                && thread.get().getModerationState() != ModerationState.HELD) {
            Pages.notFound();
        } else if (!thread.get().isStandalone()) {
            Pages.redirect("/idea.xhtml?id=" + thread.get().getIdeaId());
        } else {
            open(thread.get());
        }
    }

    private void open(DiscussionThread thread) {
        threadId = thread.getId();
        locked = thread.isLocked();
        title = thread.getTitle();
        language = thread.getLanguage();
        topicSlug = thread.getTopic().getSlug();
        topicNl = thread.getTopic().getNameNl();
        topicEn = thread.getTopic().getNameEn();
        author = thread.getAuthor().getDisplayName();
        createdAt = thread.getCreatedAt();
        held = thread.getModerationState() == ModerationState.HELD;
        loaded.clear();
        nextCursor = null;
        loadMore();
    }

    /** The next page of the discussion. */
    public void loadMore() {
        Optional<Long> me = current.id();
        Posts.Page page = posts.page(threadId, PostSort.OLDEST, nextCursor, POSTS_PER_PAGE, me, current.audience());
        nextCursor = page.nextCursor();
        totalPosts = page.total();
        for (Post p : page.posts()) {
            loaded.putIfAbsent(p.getId(), PostItem.of(p, page.likedByReader().contains(p.getId()), me.orElse(null)));
        }
    }

    /** Opens the reply form under a post (or closes it when it is open there). */
    public void startReply(long postId) {
        replyTo = replyTo != null && replyTo == postId ? null : postId;
        replyBody = null;
    }

    /** Opens the edit form on one of my posts, with its Markdown as typed (or closes it). */
    public void startEdit(long postId) {
        editing = editing != null && editing == postId ? null : postId;
        editBody = editing == null ? null : posts.require(postId, current.audience()).getBody();
    }

    public void saveEdit() {
        PostItem post = editing == null ? null : loaded.get(editing);
        if (post != null) {
            PageMessages.attempt(() -> {
                Post saved = posts.edit(post.id(), current.requireId(), current.isModerator(), editBody == null ? "" : editBody);
                loaded.put(post.id(), post.edited(saved.getBodyHtml()));
                editing = null;
                editBody = null;
            }, Map.of(), REFUSED);
        }
    }

    public void answer() {
        if (write(null, answerBody, "discussion:answerBody")) {
            answerBody = null;
        }
    }

    public void reply() {
        // The reply form sits in a row of the list: its refusals are shown at the top of the discussion.
        if (replyTo != null && write(replyTo, replyBody, null)) {
            replyTo = null;
            replyBody = null;
        }
    }

    private boolean write(Long parentId, String body, String field) {
        long me = current.requireId();
        Map<String, String> fields = new HashMap<>(); // a null client id: shown at the top
        fields.put("body", field);
        fields.put("parentId", field);
        return PageMessages.attempt(() -> {
            Post post = posts.reply(threadId, parentId, me, body == null ? "" : body);
            loaded.put(post.getId(), PostItem.of(posts.require(post.getId(), current.audience()), false, me));
            totalPosts++;
        }, fields, REFUSED);
    }

    public void toggleLike(long postId) {
        PostItem post = loaded.get(postId);
        if (post != null) {
            PageMessages.attempt(() -> {
                long me = current.requireId();
                int count = post.liked() ? likes.unlike(postId, me) : likes.like(postId, me);
                loaded.put(postId, post.withLikes(count, !post.liked()));
            }, Map.of(), REFUSED);
        }
    }

    public void delete(long postId) {
        PostItem post = loaded.get(postId);
        if (post != null) {
            PageMessages.attempt(() -> {
                posts.delete(postId, current.requireId(), current.isModerator());
                loaded.put(postId, post.deleted());
            }, Map.of(), REFUSED);
        }
    }

    public List<PostItem> getPosts() {
        return DiscussionTree.readingOrder(new ArrayList<>(loaded.values()), PostItem::id, PostItem::parentId);
    }

    public boolean isMore() {
        return nextCursor != null;
    }

    public String topicName(Locale locale) {
        return Bilingual.pick(locale, topicNl, topicEn);
    }

    public String getThreadParam() {
        return threadId == null ? null : threadId.toString();
    }

    public void setThreadParam(String param) {
        this.threadId = Pages.id(param);
    }

    /** The thread (or its idea) waits for a moderator: its author sees it marked, without reply forms (nobody else but staff gets here). */
    public boolean isHeld() {
        return held;
    }

    public boolean isLocked() {
        return locked;
    }

    public String getTitle() {
        return title;
    }

    public String getLanguage() {
        return language;
    }

    public String getTopicSlug() {
        return topicSlug;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getTotalPosts() {
        return totalPosts;
    }

    public Long getReplyTo() {
        return replyTo;
    }

    public String getReplyBody() {
        return replyBody;
    }

    public void setReplyBody(String replyBody) {
        this.replyBody = replyBody;
    }

    public Long getEditing() {
        return editing;
    }

    public String getEditBody() {
        return editBody;
    }

    public void setEditBody(String editBody) {
        this.editBody = editBody;
    }

    public String getAnswerBody() {
        return answerBody;
    }

    public void setAnswerBody(String answerBody) {
        this.answerBody = answerBody;
    }
}
