package org.kring.insights.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.kring.ideas.control.Ideas;
import org.kring.ideas.entity.Idea;
import org.kring.insights.entity.Evidence;
import org.kring.insights.entity.InsightComment;
import org.kring.insights.entity.SavedInsight;
import org.kring.insights.entity.InsightState;
import org.kring.members.entity.Member;
import org.kring.platform.imports.ImportContext;
import org.kring.platform.moderation.Audience;
import org.kring.platform.problems.Forbidden;
import org.kring.platform.problems.InvalidInput;
import org.kring.platform.problems.NotFound;

/**
 * Saved insights: save, change, delete, read and list them, keep quotes as evidence and colleagues' comments.
 * Who may do what: every analyst and admin reads shared insights, a draft only its owner (and admins); the owner or
 * an admin changes and deletes an insight; any reader adds evidence and comments; evidence is removed by the owner,
 * an admin or who added it.
 */
@ApplicationScoped
public class SavedInsights {

    public static final int MAX_PAGE = 100;
    static final int MAX_TAGS = 10;
    static final int MAX_IDEAS = 50;
    static final int MAX_EVIDENCE_AT_ONCE = 20;
    private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}-]{0,39}");
    private static final Pattern QUERY_STRING = Pattern.compile("[^\\s#]*");

    /** Who asks: their id, and whether they are an admin (who sees and may change every insight). */
    public record Reader(long id, boolean admin, Audience audience) {
    }

    /** What a list asks for: words in title, statement or tags; a state; an owner; where the page starts. */
    public record Search(String q, String state, Long owner, String cursor, int limit) {
    }

    /** One insight of a list, with its tags and how much evidence it has. */
    public record Summary(SavedInsight insight, List<String> tags, long evidence) {
    }

    public record Page(List<Summary> insights, String nextCursor) {
    }

    /** An insight with its evidence (each with its source's state now), comments and the ideas it concerns. */
    public record Full(SavedInsight insight, List<Evidence> evidence, Map<Long, EvidenceSources.SourceState> states,
                       List<InsightComment> comments, List<Idea> ideas) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    ImportContext imports;

    @Inject
    EvidenceSources sources;

    @Inject
    Ideas ideas;

    @Transactional
    public SavedInsight create(InsightDraft draft, Reader reader) {
        Checked checked = check(draft, null);
        List<QuoteDraft> quotes = draft.evidence() == null ? List.of() : draft.evidence();
        InvalidInput.check().that("evidence", quotes.size() <= MAX_EVIDENCE_AT_ONCE, "at most " + MAX_EVIDENCE_AT_ONCE + " quotes at once")
                .orThrow();
        List<EvidenceSources.Source> quoted = new ArrayList<>();
        for (int i = 0; i < quotes.size(); i++) {
            quoted.add(sources.quoted("evidence[" + i + "]", quotes.get(i) == null ? new QuoteDraft(null, null, null) : quotes.get(i),
                    reader.audience()));
        }
        Instant now = imports.now();
        SavedInsight insight = new SavedInsight(em.getReference(Member.class, reader.id()), now);
        insight.describe(checked.title, checked.statement, checked.filter, checked.state, checked.tags, checked.ideaIds, now);
        em.persist(insight);
        em.flush();
        for (int i = 0; i < quoted.size(); i++) {
            keep(insight, quoted.get(i), quotes.get(i).quote(), reader, now);
        }
        return insight;
    }

    @Transactional
    public SavedInsight update(long id, InsightDraft draft, Reader reader) {
        SavedInsight insight = requireOwned(id, reader);
        Checked checked = check(draft, insight.getState());
        insight.describe(checked.title, checked.statement, checked.filter, checked.state, checked.tags, checked.ideaIds, imports.now());
        return insight;
    }

    /** Only the state (the owner or an admin): the insight page's state form. */
    @Transactional
    public SavedInsight changeState(long id, String state, Reader reader) {
        SavedInsight insight = requireOwned(id, reader);
        InvalidInput.Checks checks = InvalidInput.check().that("state", state != null && !state.isBlank(), "must be DRAFT, SHARED or ACTED_ON");
        checks.orThrow();
        InsightState next = state(state, checks, "state");
        checks.orThrow();
        insight.changeState(next, imports.now());
        return insight;
    }

    @Transactional
    public void delete(long id, Reader reader) {
        em.remove(requireOwned(id, reader));
    }

    /** The insight with everything it holds, as this reader may see it. */
    public Full full(long id, Reader reader) {
        SavedInsight insight = require(id, reader);
        List<Evidence> evidence = em.createQuery("select e from Evidence e join fetch e.addedBy where e.insightId = :id order by e.id",
                Evidence.class).setParameter("id", id).getResultList();
        List<InsightComment> comments = em.createQuery("select c from InsightComment c join fetch c.author where c.insightId = :id "
                + "order by c.id", InsightComment.class).setParameter("id", id).getResultList();
        return new Full(insight, evidence, sources.states(evidence), comments, ideas.byIds(List.copyOf(insight.getIdeaIds())));
    }

    /** Keeps a quote as evidence of the insight: 422 when its source is not there to see or does not contain it. */
    @Transactional
    public Evidence addEvidence(long id, QuoteDraft draft, Reader reader) {
        SavedInsight insight = require(id, reader);
        if (draft == null) {
            throw InvalidInput.of("body", "send the quote as JSON");
        }
        EvidenceSources.Source source = sources.quoted("evidence", draft, reader.audience());
        Instant now = imports.now();
        insight.touch(now);
        return keep(insight, source, draft.quote(), reader, now);
    }

    @Transactional
    public void removeEvidence(long id, long evidenceId, Reader reader) {
        SavedInsight insight = require(id, reader);
        Evidence evidence = em.find(Evidence.class, evidenceId);
        if (evidence == null || evidence.getInsightId() != id) {
            throw new NotFound("Insight " + id + " has no evidence " + evidenceId + ".");
        }
        if (!mayChange(insight, reader) && evidence.getAddedBy().getId() != reader.id()) {
            throw new Forbidden("Only the insight's owner, an admin or who added the quote may remove it.");
        }
        em.remove(evidence);
        insight.touch(imports.now());
    }

    @Transactional
    public InsightComment comment(long id, String body, Reader reader) {
        SavedInsight insight = require(id, reader);
        InvalidInput.check().text("body", body, 1, 4000).orThrow();
        Instant now = imports.now();
        InsightComment comment = new InsightComment(id, em.getReference(Member.class, reader.id()), body.strip(), now);
        em.persist(comment);
        insight.touch(now);
        return comment;
    }

    /**
     * A page of the insights this reader sees, newest first, keyset-paged on the id: every word in the title, the
     * statement or as a tag; a state; an owner.
     */
    public Page list(Search search, Reader reader) {
        InvalidInput.Checks checks = InvalidInput.check().range("limit", search.limit(), 1, MAX_PAGE);
        InsightState state = search.state() == null || search.state().isBlank() ? null : state(search.state(), checks, "state");
        Long after = null;
        if (search.cursor() != null && !search.cursor().isBlank()) {
            try {
                after = Long.parseLong(search.cursor());
            } catch (NumberFormatException e) {
                checks.that("cursor", false, "is not a cursor of this list");
            }
        }
        checks.orThrow();
        StringBuilder jpql = new StringBuilder("select i from SavedInsight i join fetch i.owner where ").append(visible("i", reader));
        Map<String, Object> parameters = new HashMap<>();
        if (state != null) {
            jpql.append(" and i.state = :state");
            parameters.put("state", state);
        }
        if (search.owner() != null) {
            jpql.append(" and i.owner.id = :owner");
            parameters.put("owner", search.owner());
        }
        if (after != null) {
            jpql.append(" and i.id < :after");
            parameters.put("after", after);
        }
        List<String> words = search.q() == null ? List.of() : Arrays.stream(search.q().toLowerCase(Locale.ROOT).split("\\s+"))
                .filter(w -> !w.isBlank()).limit(8).toList();
        for (int i = 0; i < words.size(); i++) {
            jpql.append(" and (lower(i.title) like :w").append(i).append(" escape '!' or lower(i.statement) like :w").append(i)
                    .append(" escape '!' or i.id in (select s.id from SavedInsight s join s.tags t where t = :t").append(i).append("))");
            parameters.put("w" + i, "%" + words.get(i).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
            parameters.put("t" + i, words.get(i));
        }
        jpql.append(" order by i.id desc");
        TypedQuery<SavedInsight> query = em.createQuery(jpql.toString(), SavedInsight.class).setMaxResults(search.limit() + 1);
        parameters.forEach(query::setParameter);
        List<SavedInsight> found = query.getResultList();
        boolean more = found.size() > search.limit();
        List<SavedInsight> page = more ? found.subList(0, search.limit()) : found;
        return new Page(summaries(page), more ? String.valueOf(page.get(page.size() - 1).getId()) : null);
    }

    /** Tags and evidence counts of a page of insights: two queries, whatever the page size. */
    private List<Summary> summaries(List<SavedInsight> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        List<Long> ids = page.stream().map(SavedInsight::getId).toList();
        Map<Long, List<String>> tags = new HashMap<>();
        em.createQuery("select i.id, t from SavedInsight i join i.tags t where i.id in :ids order by t", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(row -> tags.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((String) row[1]));
        Map<Long, Long> evidence = new HashMap<>();
        em.createQuery("select e.insightId, count(e) from Evidence e where e.insightId in :ids group by e.insightId", Object[].class)
                .setParameter("ids", ids).getResultList().forEach(row -> evidence.put((Long) row[0], (Long) row[1]));
        return page.stream().map(i -> new Summary(i, tags.getOrDefault(i.getId(), List.of()), evidence.getOrDefault(i.getId(), 0L)))
                .toList();
    }

    /** Those of these insights that the reader sees, for the matrix. */
    public List<SavedInsight> visibleByIds(Collection<Long> ids, Reader reader) {
        return ids.isEmpty() ? List.of() : em.createQuery("select i from SavedInsight i join fetch i.owner where i.id in :ids and "
                + visible("i", reader), SavedInsight.class).setParameter("ids", ids).getResultList();
    }

    /** The ideas each of these insights concerns, by insight id: one query. */
    public Map<Long, List<Long>> ideaIdsOf(Collection<Long> ids) {
        Map<Long, List<Long>> ideaIds = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select i.id, d from SavedInsight i join i.ideaIds d where i.id in :ids", Object[].class)
                    .setParameter("ids", ids).getResultList()
                    .forEach(row -> ideaIds.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((Long) row[1]));
        }
        return ideaIds;
    }

    /** The insight if this reader sees it (a draft is its owner's); to others it is missing. */
    public SavedInsight require(long id, Reader reader) {
        return em.createQuery("select i from SavedInsight i join fetch i.owner where i.id = :id and " + visible("i", reader),
                SavedInsight.class).setParameter("id", id).getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("There is no insight " + id + "."));
    }

    public boolean mayChange(SavedInsight insight, Reader reader) {
        return reader.admin() || insight.getOwner().getId() == reader.id();
    }

    private SavedInsight requireOwned(long id, Reader reader) {
        SavedInsight insight = require(id, reader);
        if (!mayChange(insight, reader)) {
            throw new Forbidden("Only the insight's owner or an admin may change it.");
        }
        return insight;
    }

    /** The one rule of who reads which insight, as JPQL on {@code alias}. */
    private static String visible(String alias, Reader reader) {
        return reader.admin() ? "1 = 1" : "(" + alias + ".state <> " + InsightState.DRAFT.jpql() + " or "
                + alias + ".owner.id = " + reader.id() + ")";
    }

    private Evidence keep(SavedInsight insight, EvidenceSources.Source source, String quote, Reader reader, Instant at) {
        Evidence evidence = new Evidence(insight.getId(), source.type(), source.id(), source.ideaId(), source.threadId(),
                quote.strip(), source.digest(), source.author(), em.getReference(Member.class, reader.id()), at);
        em.persist(evidence);
        return evidence;
    }

    private record Checked(String title, String statement, String filter, InsightState state, Set<String> tags, Set<Long> ideaIds) {
    }

    private Checked check(InsightDraft draft, InsightState current) {
        if (draft == null) {
            throw InvalidInput.of("body", "send the insight as JSON");
        }
        InvalidInput.Checks checks = InvalidInput.check().text("title", draft.title(), 3, 200).text("statement", draft.statement(), 1, 5000);
        String filter = draft.filter() == null || draft.filter().isBlank() ? null : draft.filter().strip().replaceFirst("^\\?", "");
        checks.that("filter", filter == null || filter.length() <= 2000 && QUERY_STRING.matcher(filter).matches(),
                "must be the workbench's query string (at most 2000 characters, no spaces)");
        InsightState state = draft.state() == null || draft.state().isBlank() ? (current == null ? InsightState.DRAFT : current)
                : state(draft.state(), checks, "state");
        Set<String> tags = new LinkedHashSet<>();
        for (String tag : draft.tags() == null ? List.<String>of() : draft.tags()) {
            String normal = tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT);
            checks.that("tags", TAG.matcher(normal).matches(), "each tag is 1–40 letters, digits or hyphens");
            tags.add(normal);
        }
        checks.that("tags", tags.size() <= MAX_TAGS, "at most " + MAX_TAGS + " tags");
        Set<Long> ideaIds = new LinkedHashSet<>(draft.ideaIds() == null ? List.of() : draft.ideaIds());
        checks.that("ideaIds", !ideaIds.contains(null), "must be idea ids")
                .that("ideaIds", ideaIds.size() <= MAX_IDEAS, "at most " + MAX_IDEAS + " ideas");
        checks.orThrow();
        List<Long> missing = new ArrayList<>(ideaIds);
        missing.removeAll(ideas.byIds(List.copyOf(ideaIds)).stream().map(Idea::getId).toList());
        if (!missing.isEmpty()) {
            throw InvalidInput.unprocessable("ideaIds", "there are no published ideas " + missing);
        }
        return new Checked(draft.title().strip(), draft.statement().strip(), filter, state, tags, ideaIds);
    }

    private static InsightState state(String value, InvalidInput.Checks checks, String field) {
        try {
            return InsightState.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            checks.that(field, false, "must be DRAFT, SHARED or ACTED_ON");
            return null;
        }
    }
}
