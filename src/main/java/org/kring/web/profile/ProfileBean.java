package org.kring.web.profile;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.kring.follows.control.Follows;
import org.kring.follows.entity.Follow;
import org.kring.ideas.control.IdeaFilter;
import org.kring.ideas.control.IdeaSort;
import org.kring.ideas.control.Ideas;
import org.kring.ideas.entity.Idea;
import org.kring.members.control.CurrentMember;
import org.kring.members.control.Members;
import org.kring.members.entity.Member;
import org.kring.platform.faces.LocaleBean;
import org.kring.platform.faces.Pages;
import org.kring.responses.control.OfficialAnswers;
import org.kring.threads.control.Posts;
import org.kring.threads.control.Threads;
import org.kring.threads.entity.DiscussionThread;
import org.kring.threads.entity.Post;
import org.kring.topics.control.Topics;
import org.kring.topics.entity.Topic;
import org.kring.votes.control.Votes;
import org.kring.web.IdeaCard;

/**
 * My profile: who I am, my newest ideas, the team's answers to them, my posts, my votes and what I follow. Each list is one or two
 * batch reads (no query per row). Anonymous readers are sent to log in.
 */
@Named
@RequestScoped
public class ProfileBean {

    static final int SHOWN = 20;
    static final int EXCERPT = 160;

    /** One of my posts: where it is and how it starts. */
    public record PostRow(long threadId, String threadTitle, String excerpt, Instant createdAt) {
    }

    /** A thread or topic I follow. */
    public record Followed(String kind, String key, String title) {
    }

    @Inject
    CurrentMember current;
    @Inject
    Members members;
    @Inject
    Ideas ideas;
    @Inject
    Follows follows;
    @Inject
    Votes votes;
    @Inject
    Posts posts;
    @Inject
    Threads threads;
    @Inject
    Topics topics;
    @Inject
    LocaleBean locale;
    @Inject
    OfficialAnswers answers;

    private Member member;
    private List<IdeaCard> myIdeas = List.of();
    private List<PostRow> myPosts = List.of();
    private List<IdeaCard> myVotes = List.of();
    private List<IdeaCard> followedIdeas = List.of();
    private List<Followed> followedOther = List.of();
    private List<OfficialAnswers.AnsweredIdea> answered = List.of();

    public void load() {
        Optional<Long> me = current.id();
        member = me.flatMap(members::find).orElse(null);
        if (member == null) {
            Pages.login("/profile.xhtml");
            return;
        }
        long id = member.getId();
        List<Idea> mine = ideas.list(new IdeaFilter(null, null, null, null, id), IdeaSort.NEWEST, null, SHOWN).ideas();
        List<Idea> voted = ideas.byIds(votes.votedBy(id, SHOWN));
        List<Follow> followed = follows.of(id, 0, SHOWN);
        List<Idea> followedIdeaList = ideas.byIds(targets(followed, Follow.Target.IDEA));
        Set<Long> votedAmong = votes.votedAmong(Stream.of(mine, followedIdeaList).flatMap(List::stream)
                .map(Idea::getId).collect(Collectors.toSet()), id);
        myIdeas = IdeaCard.of(mine, votedAmong);
        myVotes = IdeaCard.of(voted, voted.stream().map(Idea::getId).collect(Collectors.toSet()));
        followedIdeas = IdeaCard.of(followedIdeaList, votedAmong);
        myPosts = postRows(posts.byAuthor(id, SHOWN));
        followedOther = others(followed);
        answered = answers.toIdeasOf(id, SHOWN);
    }

    private List<PostRow> postRows(List<Post> list) {
        Map<Long, DiscussionThread> byId = threads.byIds(list.stream().map(Post::getThreadId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(DiscussionThread::getId, Function.identity()));
        return list.stream().filter(p -> byId.containsKey(p.getThreadId()))
                .map(p -> new PostRow(p.getThreadId(), byId.get(p.getThreadId()).getTitle(), excerpt(p.getBody()),
                        p.getCreatedAt())).toList();
    }

    private List<Followed> others(List<Follow> followed) {
        Map<Long, DiscussionThread> byId = threads.byIds(targets(followed, Follow.Target.THREAD)).stream()
                .collect(Collectors.toMap(DiscussionThread::getId, Function.identity()));
        Map<Long, Topic> topicsById = followed.stream().anyMatch(f -> f.getTargetType() == Follow.Target.TOPIC)
                ? topics.all().stream().collect(Collectors.toMap(Topic::getId, Function.identity())) : Map.of();
        return followed.stream().<Followed>mapMulti((f, out) -> {
            if (f.getTargetType() == Follow.Target.THREAD && byId.containsKey(f.getTargetId())) {
                DiscussionThread t = byId.get(f.getTargetId());
                // an idea's thread is the idea: it is among the followed ideas when followed as such
                if (t.isStandalone()) {
                    out.accept(new Followed("thread", String.valueOf(t.getId()), t.getTitle()));
                }
            } else if (f.getTargetType() == Follow.Target.TOPIC && topicsById.containsKey(f.getTargetId())) {
                Topic t = topicsById.get(f.getTargetId());
                out.accept(new Followed("topic", t.getSlug(), t.name(locale.getLocale())));
            }
        }).toList();
    }

    private static List<Long> targets(List<Follow> followed, Follow.Target type) {
        return followed.stream().filter(f -> f.getTargetType() == type).map(Follow::getTargetId).toList();
    }

    static String excerpt(String markdown) {
        String plain = markdown.replaceAll("[*_`#>\\[\\]]", "").replaceAll("\\s+", " ").strip();
        return plain.length() <= EXCERPT ? plain : plain.substring(0, EXCERPT - 1) + "\u2026";
    }

    /** The team's answers to my ideas, newest first. */
    public List<OfficialAnswers.AnsweredIdea> getAnswered() {
        return answered;
    }

    public Member getMember() {
        return member;
    }

    public List<IdeaCard> getMyIdeas() {
        return myIdeas;
    }

    public List<PostRow> getMyPosts() {
        return myPosts;
    }

    public List<IdeaCard> getMyVotes() {
        return myVotes;
    }

    public List<IdeaCard> getFollowedIdeas() {
        return followedIdeas;
    }

    public List<Followed> getFollowedOther() {
        return followedOther;
    }
}
