package org.kring.moderation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.kring.ideas.control.IdeaEdited;
import org.kring.moderation.entity.ModerationAction;
import org.kring.moderation.entity.TargetType;
import org.kring.platform.imports.ImportContext;
import org.kring.platform.problems.InvalidInput;
import org.kring.threads.control.PostEdited;

/**
 * A moderator rewording another member's idea or post is a moderation action like any other: logged (in the edit's own
 * transaction) with the revision that keeps the old wording as its state before, and undone from the log by putting
 * that wording back. The author's own edits are theirs and not logged here.
 */
@ApplicationScoped
public class ModeratorEdits {

    private static final String REVISION = "revision:";
    private static final String EDITED = "EDITED";

    @Inject
    ModerationLog log;

    @Inject
    ImportContext imports;

    void ideaEdited(@Observes IdeaEdited edited) {
        if (edited.moderatorByHand() != null) {
            record(TargetType.IDEA, edited.ideaId(), edited.authorId(), edited.revisionId(), edited.moderatorByHand());
        }
    }

    void postEdited(@Observes PostEdited edited) {
        if (edited.moderatorByHand() != null) {
            record(TargetType.POST, edited.postId(), edited.authorId(), edited.revisionId(), edited.moderatorByHand());
        }
    }

    private void record(TargetType type, long id, long authorId, long revisionId, long moderatorId) {
        log.record(null, moderatorId, ModerationAction.Kind.EDIT, type, id, authorId, "reworded by a moderator",
                wording(revisionId), EDITED, null, imports.now());
    }

    /** The log state of a wording kept as this revision. */
    static String wording(long revisionId) {
        return REVISION + revisionId;
    }

    /** The revision a logged wording names. */
    static long revisionOf(String wording) {
        if (wording == null || !wording.startsWith(REVISION)) {
            throw InvalidInput.of("action", "this log entry names no earlier wording");
        }
        return Long.parseLong(wording.substring(REVISION.length()));
    }
}
