package org.kring.responses.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.TreeSet;
import org.kring.follows.control.Follows;
import org.kring.follows.entity.Follow;
import org.kring.ideas.control.Ideas;
import org.kring.notifications.control.Audience;
import org.kring.votes.control.Votes;

/** Who hears what happens to an idea: its author, its voters and its followers, each once. */
@ApplicationScoped
public class IdeaAudience implements Audience {

    public static final String NAME = "idea";

    @Inject
    Ideas ideas;

    @Inject
    Votes votes;

    @Inject
    Follows follows;

    @Override
    public String name() {
        return NAME;
    }

    /**
     * Merges the voters' and followers' pages (each ascending by member id) with the author. A source that filled its
     * page may have more members beyond its last one, so the merged page ends there: nobody is skipped.
     */
    @Override
    public List<Long> membersAfter(long ideaId, long afterMemberId, int limit) {
        List<Long> voters = votes.votersAfter(ideaId, afterMemberId, limit);
        List<Long> followers = follows.followersAfter(Follow.Target.IDEA, ideaId, afterMemberId, limit);
        long through = Long.MAX_VALUE;
        if (voters.size() == limit) {
            through = voters.get(limit - 1);
        }
        if (followers.size() == limit) {
            through = Math.min(through, followers.get(limit - 1));
        }
        TreeSet<Long> members = new TreeSet<>(voters);
        members.addAll(followers);
        long author = ideas.require(ideaId, org.kring.platform.moderation.Audience.STAFF).getAuthor().getId(); // who is told is not a reader's view
        if (author > afterMemberId) {
            members.add(author);
        }
        long last = through;
        return members.stream().filter(m -> m <= last).limit(limit).toList();
    }
}
