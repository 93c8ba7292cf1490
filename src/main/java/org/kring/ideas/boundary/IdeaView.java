package org.kring.ideas.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.util.List;
import org.kring.ideas.entity.Idea;

/**
 * An idea as the API shows it. {@code body} is the Markdown as typed (for editing); show
 * {@code bodyHtml}, which is rendered and sanitised. {@code votedByMe} is null for anonymous callers;
 * {@code moderationState} is PUBLISHED for everyone but staff, who also see hidden, held and deleted ideas, and the
 * author, who sees their own idea HELD while it waits for a moderator (pre-moderation).
 * {@code mergedInto} is the idea this one was merged into as a duplicate (then its status is DUPLICATE; vote there).
 */
@JsonbNillable
public record IdeaView(long id, String title, String body, String bodyHtml, List<String> tags, String language,
                       String status, String topic, String challenge, Author author, int voteCount, int postCount,
                       Boolean votedByMe, Instant createdAt, Instant updatedAt, String moderationState,
                       Long mergedInto) {

    /** Only what the community may see of an author. */
    public record Author(long id, String displayName) {
    }

    static IdeaView of(Idea i, Boolean votedByMe) {
        return new IdeaView(i.getId(), i.getTitle(), i.getBody(), i.getBodyHtml(), i.getTags(), i.getLanguage(),
                i.getStatus().name(), i.getTopic().getSlug(), i.getChallenge() == null ? null : i.getChallenge().getSlug(),
                new Author(i.getAuthor().getId(), i.getAuthor().getDisplayName()), i.getVoteCount(), i.getPostCount(),
                votedByMe, i.getCreatedAt(), i.getUpdatedAt(), i.getModerationState().name(), i.getMergedIntoId());
    }
}
