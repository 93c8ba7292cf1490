package org.kring.web.idea;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kring.follows.control.Follows;
import org.kring.follows.entity.Follow;
import org.kring.ideas.boundary.SimilarIdea;
import org.kring.ideas.control.Ideas;
import org.kring.ideas.entity.Idea;
import org.kring.insights.control.Pilots;
import org.kring.members.control.CurrentMember;
import org.kring.moderation.control.ModerationLog;
import org.kring.moderation.entity.ModerationAction;
import org.kring.moderation.entity.TargetType;
import org.kring.platform.faces.PageMessages;
import org.kring.platform.faces.Pages;
import org.kring.platform.moderation.Audience;
import org.kring.platform.moderation.ModerationState;
import org.kring.platform.text.Bilingual;
import org.kring.search.control.Search;
import org.kring.votes.control.Votes;

/**
 * The idea page: the idea, its vote button (AJAX) and follow. Its discussion is the threads feature's
 * {@code DiscussionBean}, which the page opens for this idea. Thin: every rule is in the controls.
 */
@Named
@ViewScoped
public class IdeaPageBean implements Serializable {

    @Inject
    Ideas ideas;
    @Inject
    Votes votes;
    @Inject
    Follows follows;
    @Inject
    CurrentMember current;
    @Inject
    Search search;
    @Inject
    ModerationLog log;
    @Inject
    Pilots pilots;

    private Long id;
    private String title;
    private String body;
    private String bodyHtml;
    private List<SimilarIdea> similar;
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
    /** A linked idea: the one this was merged into, or one merged into this. */
    public record Link(long id, String title) implements Serializable {
    }

    /** The idea this one was merged into as a duplicate (null: not merged), and the ideas merged into this one. */
    private Link mergedInto;
    private List<Link> mergedFrom;
    /** The idea's pilot (issue 14), null when it is none: members see "in pilot" and, when done, its outcome. */
    private PilotNote pilot;

    /** What the idea page tells of a pilot. */
    public record PilotNote(String startDate, String expectedReturn, String outcome, String learning) implements Serializable {
    }

    /** Null for published ideas; otherwise the state staff see the idea marked with. */
    private String moderationState;
    /** The author looks at their own idea that moderation withheld: shown to them alone, with the reason. */
    private boolean ownWithheld;
    /** Why moderation withheld it (the author is told): the moderator's reason, or null when flags hid it. */
    private String withheldReason;

    /** Reads the idea (view action on GET); an unknown id is a 404 page. */
    public void load() {
        if (id == null) {
            Pages.notFound();
            return;
        }
        Optional<Idea> found = ideas.find(id, current.audience());
        if (found.isEmpty()) {
            found = ownWithheld(id);
        }
        if (found.isEmpty()) {
            Pages.notFound();
            return;
        }
        Idea idea = found.get();
        // Besides staff, only the author reaches an idea that is not published: their own, held for a moderator.
        ownWithheld = ownWithheld || !current.audience().isStaff() && idea.getModerationState() != ModerationState.PUBLISHED;
        moderationState = idea.getModerationState() == ModerationState.PUBLISHED ? null : idea.getModerationState().name();
        title = idea.getTitle();
        body = idea.getBody();
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
        mergedInto = idea.getMergedIntoId() == null ? null
                : ideas.find(idea.getMergedIntoId(), current.audience()).map(i -> new Link(i.getId(), i.getTitle())).orElse(null);
        mergedFrom = ideas.mergedInto(id, current.audience()).stream().map(i -> new Link(i.getId(), i.getTitle())).toList();
        pilot = pilots.ofIdea(id).map(p -> new PilotNote(p.getStartDate().toString(), p.getExpectedReturn(), p.getOutcome(),
                p.getLearning())).orElse(null);
        Optional<Long> me = current.id();
        voted = me.map(m -> votes.hasVoted(id, m)).orElse(false);
        following = me.map(m -> follows.follows(m, Follow.Target.IDEA, id)).orElse(false);
    }

    /**
     * The author's own idea that moderation hid or deleted (to anyone else it is missing), with the reason: the
     * author is told why, on the idea itself. Staff already see it through their audience.
     */
    private Optional<Idea> ownWithheld(long ideaId) {
        Optional<Long> me = current.id();
        Optional<Idea> own = me.flatMap(m -> ideas.find(ideaId, Audience.STAFF).filter(i -> i.getAuthor().getId() == m));
        own.ifPresent(i -> {
            ownWithheld = true;
            withheldReason = log.withheldBy(TargetType.IDEA, ideaId).filter(a -> a.getAction() != ModerationAction.Kind.AUTO_HIDE)
                    .map(ModerationAction::getReason).orElse(null);
        });
        return own;
    }

    public PilotNote getPilot() {
        return pilot;
    }

    public String getModerationState() {
        return moderationState;
    }

    public boolean isOwnWithheld() {
        return ownWithheld;
    }

    public String getWithheldReason() {
        return withheldReason;
    }

    public Link getMergedInto() {
        return mergedInto;
    }

    /** Votes go to the idea this one was merged into: a merged idea has no vote button. */
    public boolean isMerged() {
        return "DUPLICATE".equals(status) && mergedInto != null;
    }

    public List<Link> getMergedFrom() {
        return mergedFrom;
    }

    public void toggleVote() {
        long me = current.requireId();
        // Refusals (the rate limit; a member a moderator made read-only) show at the top of the page.
        PageMessages.attempt(() -> {
            Votes.Tally tally = voted ? votes.withdraw(id, me) : votes.vote(id, me);
            voteCount = tally.voteCount();
            voted = tally.voted();
            following = following || voted;
        }, Map.of());
    }

    public void toggleFollow() {
        long me = current.requireId();
        boolean done = PageMessages.attempt(() -> {
            if (following) {
                follows.unfollow(me, Follow.Target.IDEA, id);
            } else {
                follows.followByHand(me, Follow.Target.IDEA, id);
            }
        }, Map.of());
        if (done) {
            following = !following;
        }
    }

    public String topicName(java.util.Locale locale) {
        return Bilingual.pick(locale, topicNl, topicEn);
    }

    public Long getId() {
        return id;
    }

    public String getIdParam() {
        return id == null ? null : id.toString();
    }

    public void setIdParam(String param) {
        this.id = Pages.id(param);
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

    /** Ideas like this one (read once per view, when the page first shows them). */
    public List<SimilarIdea> getSimilar() {
        if (similar == null) {
            similar = SimilarIdea.find(search, title, body, id);
        }
        return similar;
    }

    public boolean isFollowing() {
        return following;
    }
}
