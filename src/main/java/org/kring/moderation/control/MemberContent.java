package org.kring.moderation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kring.ideas.control.Ideas;
import org.kring.members.control.Members;
import org.kring.members.control.ModeratorScope;
import org.kring.moderation.entity.TargetType;
import org.kring.platform.imports.ImportContext;
import org.kring.platform.problems.NotFound;
import org.kring.threads.control.Posts;
import org.kring.threads.control.Threads;
import org.kring.threads.entity.DiscussionThread;
import org.kring.threads.entity.Post;

/**
 * "All content of this member" as a selection: each of their contributions that members still see (ideas, standalone
 * threads, posts; newest first, at most one bulk decision's worth) gets its queue item, opened if it had none or was
 * decided, so one bulk decision takes a spam wave down, each line logged and undoable like any other. A fixed number
 * of reads whatever the count (a post's topic comes from one query for all their threads).
 */
@ApplicationScoped
public class MemberContent {

    /** The queue items of the selection and whether the member has more than one bulk decision takes. */
    public record Selection(List<Long> itemIds, boolean more) {
    }

    private record Dated(Targets.Target target, Instant at) {
    }

    @Inject
    Members members;

    @Inject
    Ideas ideas;

    @Inject
    Threads threads;

    @Inject
    Posts posts;

    @Inject
    Flags flags;

    @Inject
    ImportContext imports;

    @Inject
    ModeratorScope scope;

    @Transactional
    public Selection select(long memberId, long moderatorId) {
        scope.requireUnrestricted(moderatorId, "selecting all content of a member");
        members.find(memberId).orElseThrow(() -> new NotFound("There is no member " + memberId + "."));
        int max = Decisions.MAX_BULK;
        List<Dated> all = new ArrayList<>();
        ideas.byAuthor(memberId, max + 1).forEach(i -> all.add(new Dated(new Targets.Target(TargetType.IDEA, i.getId(), memberId,
                i.getTopic().getId(), i.getModerationState()), i.getCreatedAt())));
        threads.byAuthor(memberId, max + 1).forEach(t -> all.add(new Dated(new Targets.Target(TargetType.THREAD, t.getId(), memberId,
                t.getTopic().getId(), t.getModerationState()), t.getCreatedAt())));
        List<Post> theirPosts = posts.byAuthor(memberId, max + 1);
        Map<Long, DiscussionThread> postThreads = threads.byIds(theirPosts.stream().map(Post::getThreadId).distinct().toList())
                .stream().collect(Collectors.toMap(DiscussionThread::getId, Function.identity()));
        theirPosts.forEach(p -> all.add(new Dated(new Targets.Target(TargetType.POST, p.getId(), memberId,
                postThreads.get(p.getThreadId()).getTopic().getId(), p.getModerationState()), p.getCreatedAt())));
        all.sort(Comparator.comparing(Dated::at).reversed());
        Instant now = imports.now();
        List<Long> items = all.stream().limit(max).map(d -> flags.openItem(d.target(), now)).toList();
        return new Selection(items, all.size() > max);
    }
}
