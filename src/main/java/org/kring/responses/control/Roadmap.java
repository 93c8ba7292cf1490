package org.kring.responses.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kring.ideas.control.IdeaFilter;
import org.kring.ideas.control.IdeaSort;
import org.kring.ideas.control.Ideas;
import org.kring.ideas.entity.Idea;
import org.kring.ideas.entity.Idea.Status;
import org.kring.platform.problems.InvalidInput;
import org.kring.responses.entity.OfficialAnswer;
import org.kring.topics.control.Topics;
import org.kring.topics.entity.Topic;

/**
 * The public roadmap: what the company plans, is doing and has done with the community's ideas, each with its
 * official answer, the latest move first. The Done column is the changelog. Published ideas only (the ideas list's
 * rule); each column is a keyset-paged index range, and a page's answers come in one query.
 */
@ApplicationScoped
public class Roadmap {

    public static final List<Status> COLUMNS = List.of(Status.PLANNED, Status.IN_PROGRESS, Status.DONE);

    /** An idea on the roadmap; {@code answerHtml} is the sanitised official answer, or null. */
    public record Entry(long ideaId, String title, Topic topic, int votes, Instant since, String answerHtml, String answerLanguage) {
    }

    /** One column: how many ideas it holds, one page of them, and the cursor of the next page (null: no more). */
    public record Column(Status status, long total, List<Entry> entries, String next) {
    }

    @Inject
    Ideas ideas;

    @Inject
    OfficialAnswers answers;

    @Inject
    Topics topics;

    /** The first page of every column, for one topic (by slug) or for all (null). */
    public List<Column> columns(String topicSlug, int limit) {
        requireTopic(topicSlug);
        Map<Status, Long> totals = ideas.countByStatus(topicSlug, COLUMNS);
        return COLUMNS.stream().map(status -> column(status, totals.getOrDefault(status, 0L), topicSlug, null, limit)).toList();
    }

    /** A page of one column (its name, any case: planned, in_progress, done), after the cursor of the previous page. */
    public Column column(String status, String topicSlug, String cursor, int limit) {
        Status column = parse(status);
        requireTopic(topicSlug);
        return column(column, ideas.countByStatus(topicSlug, List.of(column)).getOrDefault(column, 0L), topicSlug, cursor, limit);
    }

    private Column column(Status status, long total, String topicSlug, String cursor, int limit) {
        Ideas.Page page = ideas.list(new IdeaFilter(topicSlug, null, null, status.name(), null), IdeaSort.MOVED, cursor, limit);
        Map<Long, OfficialAnswer> answered = answers.of(page.ideas().stream().map(Idea::getId).toList());
        List<Entry> entries = page.ideas().stream().map(i -> {
            OfficialAnswer a = answered.get(i.getId());
            return new Entry(i.getId(), i.getTitle(), i.getTopic(), i.getVoteCount(), i.getStatusChangedAt(),
                    a == null ? null : a.getBodyHtml(), a == null ? null : a.getLanguage());
        }).toList();
        return new Column(status, total, entries, page.nextCursor());
    }

    private void requireTopic(String slug) {
        if (slug != null && topics.bySlug(slug).isEmpty()) {
            throw InvalidInput.of("topic", "there is no topic '" + slug + "'");
        }
    }

    private static Status parse(String status) {
        try {
            Status parsed = Status.valueOf(status.strip().toUpperCase(Locale.ROOT));
            if (COLUMNS.contains(parsed)) {
                return parsed;
            }
        } catch (IllegalArgumentException | NullPointerException e) {
            // refused below
        }
        throw InvalidInput.of("status", "must be planned, in_progress or done");
    }
}
