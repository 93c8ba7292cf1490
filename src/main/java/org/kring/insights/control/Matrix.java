package org.kring.insights.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kring.ideas.control.Ideas;
import org.kring.ideas.entity.Idea;
import org.kring.insights.entity.Pilot;
import org.kring.insights.entity.Placement;
import org.kring.insights.entity.Placement.ReachBasis;
import org.kring.insights.entity.Placement.ValueMode;
import org.kring.insights.entity.SavedInsight;
import org.kring.members.entity.Member;
import org.kring.platform.imports.ImportContext;
import org.kring.platform.problems.InvalidInput;
import org.kring.platform.problems.NotFound;

/**
 * The value/effort matrix: analysts place ideas and saved insights on it, and read it with each item's value, effort,
 * quadrant and pilot. Reach for RICE is the distinct members who voted for, reacted on or follow the idea, or for an
 * insight the ideas it concerns, or those members weighted by the community's segments among them ({@link Reach}),
 * counted when the matrix is read (so it follows the votes). A placement of an idea that members no longer see, or of
 * an insight the reader does not see, is left off.
 */
@ApplicationScoped
public class Matrix {

    public static final String IDEA = "idea";
    public static final String INSIGHT = "insight";
    /** The most items one page of the matrix holds: a chart stays readable, the rest is on the next pages. */
    public static final int MAX_ITEMS = 500;

    /** One item on the matrix as it stands now. */
    public record Item(Placement placement, String title, String link, Reach.Count reach, double rice, double value,
                       Quadrants.Quadrant quadrant, Pilot pilot) {
    }

    /**
     * Items of the matrix, in placement order, with the midpoints of the whole matrix; {@code total} items in all,
     * {@code before} of them on the pages before, {@code nextCursor} the cursor of the page after these (null on the last page).
     */
    public record View(List<Item> items, double valueMidpoint, double effortMidpoint, int total, int before, String nextCursor) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    ImportContext imports;

    @Inject
    Ideas ideas;

    @Inject
    SavedInsights insights;

    @Inject
    Reach reaches;

    /** Places an item on the matrix, or moves it: one place per item. */
    @Transactional
    public Placement place(String itemType, long itemId, PlacementDraft draft, SavedInsights.Reader reader) {
        requireItem(itemType, itemId, reader);
        if (draft == null) {
            throw InvalidInput.of("body", "send the placement as JSON");
        }
        ValueMode mode = null;
        ReachBasis basis = ReachBasis.MEMBERS;
        InvalidInput.Checks checks = InvalidInput.check();
        try {
            mode = ValueMode.valueOf(String.valueOf(draft.valueMode()).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            checks.that("valueMode", false, "must be MANUAL or RICE");
        }
        try {
            basis = draft.reachBasis() == null ? basis : ReachBasis.valueOf(draft.reachBasis().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            checks.that("reachBasis", false, "must be MEMBERS or SEGMENTS");
        }
        if (mode == ValueMode.MANUAL) {
            checks.that("manualValue", draft.manualValue() != null && draft.manualValue() >= 0 && draft.manualValue() <= 10,
                    "must be 0 to 10");
        } else if (mode == ValueMode.RICE) {
            checks.that("impact", draft.impact() != null && Quadrants.IMPACTS.contains(draft.impact()), "must be 0.25, 0.5, 1, 2 or 3")
                    .that("confidence", draft.confidence() != null && draft.confidence() >= 0 && draft.confidence() <= 100,
                            "must be 0 to 100 (per cent)");
        }
        checks.that("effort", draft.effort() != null && draft.effort() > 0 && draft.effort() <= 1000,
                        "must be more than 0 and at most 1000 person-weeks")
                .that("effortNote", draft.effortNote() == null || draft.effortNote().length() <= 500, "must be at most 500 characters")
                .orThrow();
        Placement placement = find(itemType, itemId).orElseGet(() -> {
            Placement created = new Placement(itemType, itemId);
            em.persist(created);
            return created;
        });
        boolean manual = mode == ValueMode.MANUAL;
        placement.score(mode, manual ? draft.manualValue() : null, manual ? null : draft.impact(), manual ? null : draft.confidence(),
                manual ? ReachBasis.MEMBERS : basis,
                draft.effort(), draft.effortNote() == null || draft.effortNote().isBlank() ? null : draft.effortNote().strip(),
                em.getReference(Member.class, reader.id()), imports.now());
        return placement;
    }

    @Transactional
    public void remove(String itemType, long itemId, SavedInsights.Reader reader) {
        requireItem(itemType, itemId, reader);
        em.remove(find(itemType, itemId).orElseThrow(() -> new NotFound("That " + itemType + " is not on the matrix.")));
    }

    /** The placement of an item, for pilots. */
    public Optional<Placement> find(String itemType, long itemId) {
        return em.createQuery("select p from Placement p where p.itemType = :type and p.itemId = :id", Placement.class)
                .setParameter("type", itemType).setParameter("id", itemId).getResultStream().findFirst();
    }

    /**
     * A page of the matrix: up to {@code limit} (1 to {@link #MAX_ITEMS}) items after the cursor (the last placement id
     * of the page before; none: from the start). The value scale and the midpoints are the whole matrix's, so an item
     * stands where it stands on every page.
     */
    public View page(SavedInsights.Reader reader, String cursor, int limit) {
        InvalidInput.Checks checks = InvalidInput.check().range("limit", limit, 1, MAX_ITEMS);
        long after = 0;
        if (cursor != null && !cursor.isBlank()) {
            try {
                after = Long.parseLong(cursor.strip());
            } catch (NumberFormatException e) {
                checks.that("cursor", false, "is not a cursor of the matrix");
            }
        }
        checks.orThrow();
        long from = after;
        View all = matrix(reader);
        List<Item> rest = all.items().stream().filter(i -> i.placement().getId() > from).toList();
        List<Item> page = rest.subList(0, Math.min(limit, rest.size()));
        String next = rest.size() > limit ? String.valueOf(page.getLast().placement().getId()) : null;
        return new View(page, all.valueMidpoint(), all.effortMidpoint(), all.total(), all.total() - rest.size(), next);
    }

    /**
     * The whole matrix: every item with its value, effort, quadrant and pilot; a handful of queries, whatever the count
     * (the scale needs every item's RICE value, so a page is cut from this).
     */
    public View matrix(SavedInsights.Reader reader) {
        List<Placement> placements = em.createQuery("select p from Placement p order by p.id", Placement.class).getResultList();
        Map<Long, Pilot> pilots = new HashMap<>();
        if (!placements.isEmpty()) {
            em.createQuery("select p from Pilot p join fetch p.owner where p.placement in :placements", Pilot.class)
                    .setParameter("placements", placements).getResultList().forEach(p -> pilots.put(p.getPlacement().getId(), p));
        }
        List<Long> insightIds = placements.stream().filter(p -> INSIGHT.equals(p.getItemType())).map(Placement::getItemId).toList();
        Map<Long, SavedInsight> seenInsights = new HashMap<>();
        insights.visibleByIds(insightIds, reader).forEach(i -> seenInsights.put(i.getId(), i));
        Map<Long, List<Long>> ideasOfInsights = insights.ideaIdsOf(seenInsights.keySet());
        Set<Long> ideaIds = new HashSet<>();
        placements.stream().filter(p -> IDEA.equals(p.getItemType())).forEach(p -> ideaIds.add(p.getItemId()));
        ideasOfInsights.values().forEach(ideaIds::addAll);
        Map<Long, Idea> seenIdeas = new HashMap<>();
        ideas.byIds(List.copyOf(ideaIds)).forEach(i -> seenIdeas.put(i.getId(), i));

        Map<Long, Reach.Count> ideaReach = reaches.ofIdeas(placements.stream().filter(p -> IDEA.equals(p.getItemType()))
                .map(Placement::getItemId).filter(seenIdeas::containsKey).toList());
        Map<Long, Reach.Count> insightReach = reaches.ofInsights(seenInsights.keySet(), seenIdeas.keySet());

        record Seen(Placement placement, String title, String link, Reach.Count reach, double rice) {
        }
        List<Seen> seen = new ArrayList<>();
        for (Placement p : placements) {
            if (IDEA.equals(p.getItemType()) && seenIdeas.containsKey(p.getItemId())) {
                Idea idea = seenIdeas.get(p.getItemId());
                Reach.Count reach = ideaReach.getOrDefault(idea.getId(), Reach.Count.NONE);
                seen.add(new Seen(p, idea.getTitle(), "/idea.xhtml?id=" + idea.getId(), reach, rice(p, reach)));
            } else if (INSIGHT.equals(p.getItemType()) && seenInsights.containsKey(p.getItemId())) {
                Reach.Count reach = insightReach.getOrDefault(p.getItemId(), Reach.Count.NONE);
                seen.add(new Seen(p, seenInsights.get(p.getItemId()).getTitle(), "/saved-insight.xhtml?id=" + p.getItemId(), reach,
                        rice(p, reach)));
            }
        }
        double highestRice = seen.stream().mapToDouble(Seen::rice).max().orElse(0);
        double effortMidpoint = Quadrants.effortMidpoint(seen.stream().map(s -> s.placement().getEffort()).toList());
        List<Item> items = seen.stream().map(s -> {
            double value = Quadrants.value(s.placement().getValueMode(), s.placement().getManualValue(), s.rice(), highestRice);
            return new Item(s.placement(), s.title(), s.link(), s.reach(), s.rice(), value,
                    Quadrants.of(value, s.placement().getEffort(), effortMidpoint), pilots.get(s.placement().getId()));
        }).toList();
        return new View(items, Quadrants.VALUE_MIDPOINT, effortMidpoint, items.size(), 0, null);
    }

    private static double rice(Placement p, Reach.Count reach) {
        long counted = p.getReachBasis() == ReachBasis.SEGMENTS ? reach.segmentReach() : reach.members();
        return p.getValueMode() == ValueMode.RICE ? Quadrants.rice(counted, p.getImpact(), p.getConfidence()) : 0;
    }

    /** A 404 unless the item is there for this reader: a published idea, or an insight the reader sees. */
    void requireItem(String itemType, long itemId, SavedInsights.Reader reader) {
        if (IDEA.equals(itemType)) {
            if (ideas.byIds(List.of(itemId)).isEmpty()) {
                throw new NotFound("There is no idea " + itemId + ".");
            }
        } else if (INSIGHT.equals(itemType)) {
            insights.require(itemId, reader);
        } else {
            throw new NotFound("Only ideas and insights go on the matrix.");
        }
    }
}
