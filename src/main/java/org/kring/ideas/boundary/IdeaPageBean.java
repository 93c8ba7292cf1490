package org.kring.ideas.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.ClientErrorException;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kring.follows.control.Follows;
import org.kring.follows.entity.Follow;
import org.kring.ideas.control.Ideas;
import org.kring.ideas.entity.Idea;
import org.kring.members.control.CurrentMember;
import org.kring.platform.problems.InvalidInput;
import org.kring.platform.ratelimit.TooManyRequests;
import org.kring.threads.control.Likes;
import org.kring.threads.control.PostSort;
import org.kring.threads.control.Posts;
import org.kring.threads.control.Threads;
import org.kring.threads.entity.DiscussionThread;
import org.kring.threads.entity.Post;
import org.kring.votes.control.Votes;
import org.kring.web.PageMessages;
import org.kring.web.Pages;

/**
 * The idea page: the idea, its vote button (AJAX), follow, and its threaded discussion, read a page of
 * posts at a time (a long thread opens as fast as a short one). Thin: every rule is in the controls.
 */
@Named
@ViewScoped
public class IdeaPageBean implements Serializable {

    static final int POSTS_PER_PAGE = 50;

    @Inject
    Ideas ideas;
    @Inject
    Votes votes;
    @Inject
    Follows follows;
    @Inject
    Threads threads;
    @Inject
    Posts posts;
    @Inject
    Likes likes;
    @Inject
    CurrentMember current;

    private Long id;
    private String title;
    private String bodyHtml;
    private String status;
    private List<String> tags;
    private String author;
    private String topicSlug;
    private String topicNl;
    private String topicEn;
    private String language;
    private Instant createdAt;
    private int voteCount;
    private boolean voted;
    private boolean following;
    private long threadId;
    private boolean threadLocked;

    /** Posts read so far, by id, oldest first; shown in reading order. */
    private final LinkedHashMap<Long, PostItem> loaded = new LinkedHashMap<>();
    private int pagesRead;
    private long totalPosts;

    private Long replyTo;
    private String replyBody;
    private String answerBody;

    /** Reads the idea (view action on GET); an unknown id is a 404 page. */
    public void load() {
        if (id == null) {
            Pages.notFound();
            return;
        }
        Optional<Idea> found = ideas.find(id);
        Optional<DiscussionThread> thread = found.flatMap(i -> threads.ofIdea(i.getId()));
        if (found.isEmpty() || thread.isEmpty() || !"PUBLISHED".equals(found.get().getModerationState())) {
            Pages.notFound();
            return;
        }
        Idea idea = found.get();
        title = idea.getTitle();
        bodyHtml = idea.getBodyHtml();
        status = idea.getStatus().name();
        tags = List.copyOf(idea.getTags());
        author = idea.getAuthor().getDisplayName();
        topicSlug = idea.getTopic().getSlug();
        topicNl = idea.getTopic().getNameNl();
        topicEn = idea.getTopic().getNameEn();
        language = idea.getLanguage();
        createdAt = idea.getCreatedAt();
        voteCount = idea.getVoteCount();
        threadId = thread.get().getId();
        threadLocked = thread.get().isLocked();
        Optional<Long> me = current.id();
        voted = me.map(m -> votes.hasVoted(id, m)).orElse(false);
        following = me.map(m -> follows.follows(m, Follow.Target.IDEA, id)).orElse(false);
        loaded.clear();
        pagesRead = 0;
        loadMore();
    }

    /** The next page of the discussion. */
    public void loadMore() {
        Optional<Long> me = current.id();
        Posts.Page page = posts.page(threadId, PostSort.OLDEST, pagesRead + 1, POSTS_PER_PAGE, me);
        pagesRead++;
        totalPosts = page.total();
        for (Post p : page.posts()) {
            loaded.putIfAbsent(p.getId(), PostItem.of(p, page.likedByReader().contains(p.getId()), me.orElse(null)));
        }
    }

    public void toggleVote() {
        long me = current.requireId();
        try {
            Votes.Tally tally = voted ? votes.withdraw(id, me) : votes.vote(id, me);
            voteCount = tally.voteCount();
            voted = tally.voted();
            following = following || voted;
        } catch (TooManyRequests e) {
            PageMessages.global(FacesMessage.SEVERITY_WARN, "error.tooMany", e.retryAfterSeconds());
        }
    }

    public void toggleFollow() {
        long me = current.requireId();
        if (following) {
            follows.unfollow(me, Follow.Target.IDEA, id);
        } else {
            follows.follow(me, Follow.Target.IDEA, id);
        }
        following = !following;
    }

    /** Opens the reply form under a post (or closes it when it is open there). */
    public void startReply(long postId) {
        replyTo = replyTo != null && replyTo == postId ? null : postId;
        replyBody = null;
    }

    public void answer() {
        if (write(null, answerBody, "discussion:answerBody")) {
            answerBody = null;
        }
    }

    public void reply() {
        if (replyTo != null && write(replyTo, replyBody, null)) {
            replyTo = null;
            replyBody = null;
        }
    }

    private boolean write(Long parentId, String body, String field) {
        long me = current.requireId();
        try {
            Post post = posts.reply(threadId, parentId, me, body == null ? "" : body);
            loaded.put(post.getId(), PostItem.of(posts.require(post.getId()), false, me));
            totalPosts++;
            following = true;
            return true;
        } catch (InvalidInput invalid) {
            java.util.HashMap<String, String> fields = new java.util.HashMap<>();
            fields.put("body", field);
            fields.put("parentId", field);
            PageMessages.fieldErrors(invalid, fields);
        } catch (TooManyRequests e) {
            PageMessages.global(FacesMessage.SEVERITY_WARN, "error.tooMany", e.retryAfterSeconds());
        } catch (ClientErrorException e) {
            PageMessages.global(FacesMessage.SEVERITY_ERROR, "discussion.refused");
        }
        return false;
    }

    public void toggleLike(long postId) {
        long me = current.requireId();
        PostItem post = loaded.get(postId);
        if (post == null) {
            return;
        }
        try {
            int count = post.liked() ? likes.unlike(postId, me) : likes.like(postId, me);
            loaded.put(postId, post.withLikes(count, !post.liked()));
        } catch (TooManyRequests e) {
            PageMessages.global(FacesMessage.SEVERITY_WARN, "error.tooMany", e.retryAfterSeconds());
        } catch (ClientErrorException e) {
            PageMessages.global(FacesMessage.SEVERITY_ERROR, "discussion.refused");
        }
    }

    public void delete(long postId) {
        long me = current.requireId();
        PostItem post = loaded.get(postId);
        if (post == null) {
            return;
        }
        try {
            posts.delete(postId, me, current.isModerator());
            loaded.put(postId, post.deleted());
        } catch (ClientErrorException e) {
            PageMessages.global(FacesMessage.SEVERITY_ERROR, "discussion.refused");
        }
    }

    public List<PostItem> getDiscussion() {
        return DiscussionTree.readingOrder(new ArrayList<>(loaded.values()), PostItem::id, PostItem::parentId);
    }

    public boolean isMorePosts() {
        return (long) pagesRead * POSTS_PER_PAGE < totalPosts;
    }

    public String topicName(java.util.Locale locale) {
        return "nl".equals(locale.getLanguage()) ? topicNl : topicEn;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public String getStatus() {
        return status;
    }

    public List<String> getTags() {
        return tags;
    }

    public String getAuthor() {
        return author;
    }

    public String getTopicSlug() {
        return topicSlug;
    }

    public String getLanguage() {
        return language;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public int getVoteCount() {
        return voteCount;
    }

    public boolean isVoted() {
        return voted;
    }

    public boolean isFollowing() {
        return following;
    }

    public boolean isThreadLocked() {
        return threadLocked;
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

    public String getAnswerBody() {
        return answerBody;
    }

    public void setAnswerBody(String answerBody) {
        this.answerBody = answerBody;
    }
}
