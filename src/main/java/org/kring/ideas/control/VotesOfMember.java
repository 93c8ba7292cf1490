package org.kring.ideas.control;

import java.util.Collection;
import java.util.Set;

/**
 * Which ideas a member voted on, for the "voted" mark of the ideas API. Implemented by the votes feature,
 * which stands on ideas: ideas ask through this interface and never import votes.
 */
public interface VotesOfMember {

    boolean hasVoted(long ideaId, long memberId);

    /** Which of these ideas the member voted on, in one query (for lists). */
    Set<Long> votedAmong(Collection<Long> ideaIds, long memberId);
}
