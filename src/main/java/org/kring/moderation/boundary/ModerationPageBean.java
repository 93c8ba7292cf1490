package org.kring.moderation.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.kring.members.control.CurrentMember;
import org.kring.members.control.ModeratorScope;
import org.kring.members.entity.Member.Role;
import org.kring.moderation.control.Decisions;
import org.kring.moderation.control.Merges;
import org.kring.moderation.control.ModerationLog;
import org.kring.moderation.control.ModerationQueue;
import org.kring.moderation.control.Moves;
import org.kring.moderation.entity.ModerationAction;
import org.kring.moderation.entity.TargetType;
import org.kring.platform.faces.PageMessages;
import org.kring.platform.faces.Pages;
import org.kring.topics.control.Topics;
import org.kring.topics.entity.Topic;

/**
 * The moderator workspace (moderation.xhtml): the queue as a table with selection and keyboard shortcuts, a page
 * at a time ("more" follows the queue's keyset cursor), decisions on the selection, and the log with undo. Thin: every rule is in the moderation controls. Visitors are sent to log
 * in; members who are not staff get a 404 (the page does not exist for them).
 */
@Named
@ViewScoped
public class ModerationPageBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int SHOWN = 50;

    /** A queue item as the table shows it. */
    public record Row(long id, String type, long targetId, String title, String excerpt, String context, String previous,
                      String author, long authorPosts, long authorIdeas, long decisionsAgainst, Instant memberSince,
                      String score, String explanation, int flags, String reasons, long waitingMinutes, boolean overdue,
                      String claimedBy, String heldReason) implements Serializable {
        static Row of(ModerationQueue.Entry e) {
            var i = e.item();
            var a = e.author();
            String reasons = String.join(", ", e.flags().stream().map(f -> f.reason().name()).distinct().toList());
            return new Row(i.id(), i.targetType().name(), i.targetId(), e.content() == null ? null : e.content().title(),
                    e.content() == null ? null : e.content().excerpt(), e.content() == null ? null : e.content().context(),
                    e.content() == null ? null : e.content().previous(), a == null ? "" : a.displayName(),
                    a == null ? 0 : a.posts(), a == null ? 0 : a.ideas(), a == null ? 0 : a.decisionsAgainst(),
                    a == null ? null : a.memberSince(), i.score().stripTrailingZeros().toPlainString(), e.explanation(),
                    i.flagCount(), reasons, e.waitingSeconds() / 60, e.overdue(), e.claimedBy(), i.heldReason());
        }
    }

    /** A line of the log as the page shows it. */
    public record LogRow(long id, Instant at, String who, String action, String target, String reason, String change,
                         boolean undoable) implements Serializable {
        static LogRow of(ModerationAction a) {
            return new LogRow(a.getId(), a.getCreatedAt(), a.getModeratorId() == null ? "auto" : "#" + a.getModeratorId(),
                    a.getAction().name(), a.getTargetType().name() + " " + a.getTargetId(), a.getReason(),
                    a.getStateBefore() + " → " + a.getStateAfter(), a.getUndoneById() == null && a.getAction() != ModerationAction.Kind.UNDO
                    && a.getAction() != ModerationAction.Kind.HOLD);
        }
    }

    @Inject
    CurrentMember current;

    @Inject
    ModerationQueue queue;

    @Inject
    Decisions decisions;

    @Inject
    ModerationLog log;

    @Inject
    Merges merges;

    @Inject
    Moves moves;

    @Inject
    Topics topics;

    @Inject
    ModeratorScope scopes;

    @Inject
    StaffLinkBean staffLink;

    private String type;
    private String sort = "score";
    private String reason;
    private List<Row> rows = List.of();
    /** Which rows are ticked, by queue item id (the rows' checkboxes). */
    private Map<Long, Boolean> chosen = new HashMap<>();
    private String next;
    private List<LogRow> logRows = List.of();
    private long waiting;
    private Long mergeInto;
    private String moveTopic;
    /** Read once per view: the topic menu's EL asks for them on every evaluation. */
    private transient List<Topic> topicChoices;

    /** View action: staff only. */
    public void load() {
        if (current.id().isEmpty()) {
            Pages.login("/moderation.xhtml");
            return;
        }
        if (!current.isModerator()) {
            Pages.notFound();
            return;
        }
        refresh();
    }

    /** Admins also keep the watched words (a link to their page). */
    public boolean isAdmin() {
        return current.hasRole(Role.ADMIN);
    }

    /** The first page of the queue again (after a filter or a sort); ticks stay on rows still shown. */
    public void refresh() {
        reload(0);
    }

    /**
     * The queue again from the top, at least as far down as {@code shown} rows (after a decision: the moderator keeps
     * the place they had reached with "more"). The moderator's scope is read once for the queue and the log, and the
     * header is handed the waiting count instead of counting again.
     */
    private void reload(int shown) {
        ModeratorScope.Scope scope = scopes.of(current.requireId());
        rows = List.of();
        next = null;
        do {
            showPage(scope, next);
        } while (rows.size() < shown && next != null);
        Set<Long> onPage = rows.stream().map(Row::id).collect(Collectors.toSet());
        chosen.keySet().retainAll(onPage);
        logRows = log.list(scope, new ModerationLog.Filter(null, null, null, null, null), null, 20).actions().stream()
                .map(LogRow::of).toList();
    }

    /** After a decision: the queue as far down as the moderator had read. */
    private void keepPlace() {
        reload(rows.size());
    }

    /** The next page of the queue below the rows shown, from the cursor of the last one. */
    public void showMore() {
        if (next != null) {
            showPage(scopes.of(current.requireId()), next);
        }
    }

    private void showPage(ModeratorScope.Scope scope, String cursor) {
        ModerationQueue.Page page = queue.list(scope, new ModerationQueue.Filter(empty(type), null, null, null, null, null),
                sort, cursor, SHOWN);
        List<Row> more = new ArrayList<>(rows);
        page.items().stream().map(Row::of).forEach(more::add);
        rows = List.copyOf(more);
        next = page.nextCursor();
        waiting = page.waiting();
        staffLink.counted(waiting);
    }

    public void approve() {
        decide("APPROVE");
    }

    public void hide() {
        decide("HIDE");
    }

    public void delete() {
        decide("DELETE");
    }

    private void decide(String action) {
        List<Row> selected = selected();
        if (selected.isEmpty()) {
            PageMessages.global(FacesMessage.SEVERITY_WARN, "moderation.selectFirst");
            return;
        }
        long moderator = current.requireRole(Role.MODERATOR, Role.ADMIN);
        List<Long> ids = selected.stream().map(Row::id).toList();
        if (PageMessages.attempt(() -> decisions.act(new Decisions.Decision(action, ids, reason), moderator),
                Map.of("reason", "queue-form:reason", "itemIds", "queue-form:queue"), "moderation.refused")) {
            PageMessages.global(FacesMessage.SEVERITY_INFO, "moderation.done", ids.size());
            chosen.clear();
            reason = null;
        }
        keepPlace();
    }

    /**
     * The moderator takes the ticked items ("I'm handling this"): the others see who has them and cannot act on them
     * until the claim expires. Each is claimed on its own: one that another moderator holds is refused by name.
     */
    public void claim() {
        List<Row> selected = selected();
        if (selected.isEmpty()) {
            PageMessages.global(FacesMessage.SEVERITY_WARN, "moderation.selectFirst");
            return;
        }
        long moderator = current.requireRole(Role.MODERATOR, Role.ADMIN);
        if (PageMessages.attempt(() -> selected.forEach(row -> decisions.claim(row.id(), moderator)), Map.of(), "moderation.refused")) {
            PageMessages.global(FacesMessage.SEVERITY_INFO, "moderation.claimed", selected.size());
            chosen.clear();
        }
        keepPlace();
    }

    /** Merges the one selected idea into the idea whose number the moderator typed. */
    public void merge() {
        one(TargetType.IDEA).ifPresent(row -> {
            long moderator = current.requireRole(Role.MODERATOR, Role.ADMIN);
            if (PageMessages.attempt(() -> merges.merge(row.targetId(), new Merges.MergeInput(mergeInto, reason), moderator),
                    Map.of("into", "queue-form:mergeInto", "reason", "queue-form:reason"), "moderation.mergeRefused")) {
                PageMessages.global(FacesMessage.SEVERITY_INFO, "moderation.merged");
                mergeInto = null;
                chosen.clear();
            }
            keepPlace();
        });
    }

    /** Moves the one selected idea or thread to the chosen topic. */
    public void move() {
        one(TargetType.IDEA, TargetType.THREAD).ifPresent(row -> {
            long moderator = current.requireRole(Role.MODERATOR, Role.ADMIN);
            Moves.MoveInput input = new Moves.MoveInput(moveTopic, null, reason);
            if (PageMessages.attempt(() -> {
                if (TargetType.IDEA.name().equals(row.type())) {
                    moves.moveIdea(row.targetId(), input, moderator);
                } else {
                    moves.moveThread(row.targetId(), input, moderator);
                }
            }, Map.of("topic", "queue-form:moveTopic", "reason", "queue-form:reason", "id", "queue-form:moveTopic"))) {
                PageMessages.global(FacesMessage.SEVERITY_INFO, "moderation.moved");
                moveTopic = null;
                chosen.clear();
            }
            keepPlace();
        });
    }

    /** The one selected row, if it is of one of these types; otherwise a message saying what to select. */
    private Optional<Row> one(TargetType... types) {
        List<String> allowed = Arrays.stream(types).map(Enum::name).toList();
        List<Row> selected = selected();
        if (selected.size() != 1 || !allowed.contains(selected.get(0).type())) {
            PageMessages.global(FacesMessage.SEVERITY_WARN, types.length == 1 ? "moderation.selectOneIdea" : "moderation.selectOneIdeaOrThread");
            return Optional.empty();
        }
        return Optional.of(selected.get(0));
    }

    public void undo(long actionId) {
        long moderator = current.requireRole(Role.MODERATOR, Role.ADMIN);
        if (PageMessages.attempt(() -> decisions.undo(actionId, moderator), Map.of(), "moderation.refused")) {
            PageMessages.global(FacesMessage.SEVERITY_INFO, "moderation.undone");
        }
        keepPlace();
    }

    /** The ticked rows, in the order shown. */
    private List<Row> selected() {
        return rows.stream().filter(r -> Boolean.TRUE.equals(chosen.get(r.id()))).toList();
    }

    private static String empty(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public List<Row> getRows() {
        return rows;
    }

    /** The rows' checkboxes read and write this map, keyed by queue item id. */
    public Map<Long, Boolean> getChosen() {
        return chosen;
    }

    /** Whether the queue goes on below the rows shown. */
    public boolean isMore() {
        return next != null;
    }

    public List<LogRow> getLogRows() {
        return logRows;
    }

    public long getWaiting() {
        return waiting;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public Long getMergeInto() {
        return mergeInto;
    }

    public void setMergeInto(Long mergeInto) {
        this.mergeInto = mergeInto;
    }

    public String getMoveTopic() {
        return moveTopic;
    }

    public void setMoveTopic(String moveTopic) {
        this.moveTopic = moveTopic;
    }

    /** The topics a selected idea or thread can move to. */
    public List<Topic> getTopics() {
        if (topicChoices == null) {
            topicChoices = topics.all();
        }
        return topicChoices;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
