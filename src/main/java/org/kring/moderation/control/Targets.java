package org.kring.moderation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kring.ideas.control.Ideas;
import org.kring.ideas.control.IdeasBulkModeration;
import org.kring.members.control.Members;
import org.kring.moderation.entity.TargetType;
import org.kring.platform.moderation.Audience;
import org.kring.platform.moderation.ModerationState;
import org.kring.platform.problems.InvalidInput;
import org.kring.platform.problems.NotFound;
import org.kring.threads.control.Posts;
import org.kring.threads.control.ThreadHeadings;
import org.kring.threads.control.Threads;
import org.kring.threads.control.ThreadsBulkModeration;

/**
 * What moderation acts on, through the owning features' controls: who wrote it, where it lives, its state, and
 * changing that state (the features re-index it and what it contains).
 */
@ApplicationScoped
public class Targets {

    /** A flaggable target as moderation needs it. {@code topicId} is null for a member. */
    public record Target(TargetType type, long id, long authorId, Long topicId, ModerationState state) {
    }

    /** What a notification calls the target (an idea's or thread's title, a post's thread's) and where it links to. */
    public record Place(String subject, String link) {
    }

    @Inject
    Ideas ideas;

    @Inject
    Threads threads;

    @Inject
    Posts posts;

    @Inject
    Members members;

    @Inject
    IdeasBulkModeration ideasAtOnce;

    @Inject
    ThreadsBulkModeration threadsAtOnce;

    @Inject
    ThreadHeadings headings;

    /** The target if the audience sees it (to a member, hidden content is missing). */
    public Optional<Target> find(TargetType type, long id, Audience audience) {
        return switch (type) {
            case IDEA -> ideas.find(id, audience).map(i -> new Target(type, id, i.getAuthor().getId(), i.getTopic().getId(),
                    i.getModerationState()));
            case THREAD -> threads.find(id, audience).map(t -> new Target(type, id, t.getAuthor().getId(), t.getTopic().getId(),
                    t.getModerationState()));
            case POST -> posts.find(id, audience).map(p -> new Target(type, id, p.getAuthor().getId(),
                    threads.find(p.getThreadId(), Audience.STAFF).orElseThrow().getTopic().getId(), p.getModerationState()));
            case MEMBER -> members.find(id).map(m -> new Target(type, id, m.getId(), null, ModerationState.PUBLISHED));
        };
    }

    /** The target's title and page as its author and flaggers are told of it (whatever its state). */
    public Place place(TargetType type, long id) {
        return places(type, List.of(id)).get(id);
    }

    /** {@link #place} for a selection of targets of one type, read at once; a missing target is a 404. */
    public Map<Long, Place> places(TargetType type, Collection<Long> ids) {
        Map<Long, Place> places = new HashMap<>();
        switch (type) {
            case IDEA -> ideasAtOnce.titles(ids).forEach((id, title) -> places.put(id, new Place(title, "/idea.xhtml?id=" + id)));
            case THREAD -> headings.ofThreads(ids).forEach((id, heading) -> places.put(id, place(heading, "")));
            case POST -> headings.ofPosts(ids).forEach((id, heading) -> places.put(id, place(heading, "#post-" + id)));
            case MEMBER -> ids.forEach(id -> members.find(id).ifPresent(m -> places.put(id, new Place(m.getDisplayName(),
                    "/notifications.xhtml"))));
        }
        ids.stream().filter(id -> !places.containsKey(id)).findFirst().ifPresent(id -> {
            throw new NotFound("There is no " + type.name().toLowerCase() + " " + id + ".");
        });
        return places;
    }

    /** An idea's discussion lives on the idea's page, a standalone thread on its own. */
    private static Place place(ThreadHeadings.Heading thread, String anchor) {
        String page = thread.ideaId() != null ? "/idea.xhtml?id=" + thread.ideaId() : "/thread.xhtml?id=" + thread.threadId();
        return new Place(thread.title(), page + anchor);
    }

    /** Puts the target in this state inside the caller's transaction; returns the state it had. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ModerationState moderate(TargetType type, long id, ModerationState state) {
        return switch (type) {
            case IDEA -> ideas.moderate(id, state);
            case THREAD -> threads.moderate(id, state);
            case POST -> posts.moderate(id, state);
            case MEMBER -> throw InvalidInput.of("action", "a member is not hidden or deleted: warn, silence or suspend them");
        };
    }

    /**
     * {@link #moderate} for a selection of targets of one type at once (a bulk decision): a few statements whatever
     * its size; returns the state each had.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<Long, ModerationState> moderateAll(TargetType type, Collection<Long> ids, ModerationState state, Instant at) {
        return switch (type) {
            case IDEA -> ideasAtOnce.ideas(ids, state, at);
            case THREAD -> threadsAtOnce.threads(ids, state);
            case POST -> threadsAtOnce.posts(ids, state);
            case MEMBER -> throw InvalidInput.of("action", "a member is not hidden or deleted: warn, silence or suspend them");
        };
    }

    /** Locks (or opens) a thread; returns whether it was locked. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean lock(TargetType type, long id, boolean locked) {
        requireThread(type);
        return threads.lock(id, locked);
    }

    /** Pins (or unpins) a thread; returns whether it was pinned. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean pin(TargetType type, long id, boolean pinned) {
        requireThread(type);
        return threads.pin(id, pinned);
    }

    /**
     * Puts back the wording an idea or post had before a logged edit ({@link ModeratorEdits#wording}): the wording it
     * replaces is kept as a revision in turn; returns that revision's log state.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String restoreWording(TargetType type, long id, String wording, long moderatorId) {
        long revisionId = ModeratorEdits.revisionOf(wording);
        return ModeratorEdits.wording(switch (type) {
            case IDEA -> ideas.restoreRevision(id, revisionId, moderatorId);
            case POST -> posts.restoreRevision(id, revisionId, moderatorId);
            case THREAD, MEMBER -> throw InvalidInput.of("action", "only ideas and posts are reworded");
        });
    }

    private static void requireThread(TargetType type) {
        if (type != TargetType.THREAD) {
            throw InvalidInput.of("action", "locking and pinning are for threads, not for a " + type.name().toLowerCase());
        }
    }
}
