package org.kring.members.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kring.follows.control.Follows;
import org.kring.follows.entity.Follow;
import org.kring.ideas.control.IdeaFilter;
import org.kring.ideas.control.IdeaSort;
import org.kring.ideas.control.Ideas;
import org.kring.ideas.entity.Idea;
import org.kring.members.control.CurrentMember;
import org.kring.members.control.Members;
import org.kring.members.entity.Member;
import org.kring.votes.control.Votes;
import org.kring.web.IdeaCard;
import org.kring.web.Pages;

/** My profile: who I am, my newest ideas and the ideas I follow. Anonymous readers are sent to log in. */
@Named
@RequestScoped
public class ProfileBean {

    static final int IDEAS = 20;
    static final int FOLLOWS = 20;

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

    private Member member;
    private List<IdeaCard> myIdeas = List.of();
    private List<IdeaCard> followed = List.of();
    private int otherFollows;

    public void load() {
        Optional<Long> me = current.id();
        if (me.isEmpty()) {
            Pages.redirect("/login.xhtml?returnTo=/profile.xhtml");
            return;
        }
        member = members.find(me.get()).orElse(null);
        if (member == null) {
            Pages.redirect("/login.xhtml");
            return;
        }
        List<Idea> mine = ideas.list(new IdeaFilter(null, null, null, null, me.get()), IdeaSort.NEWEST, null, IDEAS).ideas();
        myIdeas = IdeaCard.of(mine, votes.votedAmong(mine.stream().map(Idea::getId).toList(), me.get()));
        List<Follow> follow = follows.of(me.get(), 0, FOLLOWS);
        List<Long> ideaIds = follow.stream().filter(f -> f.getTargetType() == Follow.Target.IDEA).map(Follow::getTargetId).toList();
        otherFollows = follow.size() - ideaIds.size();
        Map<Long, Idea> byId = new ArrayList<>(ideaIds).stream().map(ideas::find).flatMap(Optional::stream)
                .collect(Collectors.toMap(Idea::getId, Function.identity()));
        java.util.Set<Long> voted = votes.votedAmong(byId.keySet(), me.get());
        followed = ideaIds.stream().map(byId::get).filter(i -> i != null).map(i -> IdeaCard.of(i, voted.contains(i.getId()))).toList();
    }

    public Member getMember() {
        return member;
    }

    public List<IdeaCard> getMyIdeas() {
        return myIdeas;
    }

    public List<IdeaCard> getFollowed() {
        return followed;
    }

    public int getOtherFollows() {
        return otherFollows;
    }
}
