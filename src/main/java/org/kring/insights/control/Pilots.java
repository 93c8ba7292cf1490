package org.kring.insights.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.kring.insights.entity.Pilot;
import org.kring.insights.entity.Placement;
import org.kring.members.entity.Member;
import org.kring.platform.imports.ImportContext;
import org.kring.platform.problems.Conflict;
import org.kring.platform.problems.Forbidden;
import org.kring.platform.problems.InvalidInput;
import org.kring.platform.problems.NotFound;

/**
 * Pilots: an item on the matrix chosen to try out, with its owner (who starts it), start date and expected return; its
 * owner or an admin later records the outcome and what was learned. An idea's pilot shows on the idea's page.
 */
@ApplicationScoped
public class Pilots {

    @PersistenceContext
    EntityManager em;

    @Inject
    ImportContext imports;

    @Inject
    Matrix matrix;

    /** Starts a pilot of an item on the matrix: 422 when it is not on the matrix, 409 when it already is a pilot. */
    @Transactional
    public Pilot start(PilotDraft draft, SavedInsights.Reader reader) {
        if (draft == null) {
            throw InvalidInput.of("body", "send the pilot as JSON");
        }
        LocalDate start = null;
        InvalidInput.Checks checks = InvalidInput.check()
                .that("itemType", Matrix.IDEA.equals(draft.itemType()) || Matrix.INSIGHT.equals(draft.itemType()), "must be idea or insight")
                .that("itemId", draft.itemId() != null, "must be the id of an item on the matrix")
                .text("expectedReturn", draft.expectedReturn(), 1, 1000);
        try {
            start = LocalDate.parse(String.valueOf(draft.startDate()));
        } catch (DateTimeParseException e) {
            checks.that("startDate", false, "must be a date (yyyy-mm-dd)");
        }
        checks.orThrow();
        matrix.requireItem(draft.itemType(), draft.itemId(), reader);
        Placement placement = matrix.find(draft.itemType(), draft.itemId()).orElseThrow(() ->
                InvalidInput.unprocessable("itemId", "is not on the matrix: place it first"));
        if (ofPlacement(placement).isPresent()) {
            throw new Conflict("That " + draft.itemType() + " is a pilot already.", "itemId", "is a pilot already");
        }
        Pilot pilot = new Pilot(placement, em.getReference(Member.class, reader.id()), start, draft.expectedReturn().strip(), imports.now());
        em.persist(pilot);
        return pilot;
    }

    /** The pilot ended: its outcome and what was learned (the owner or an admin). */
    @Transactional
    public Pilot end(long id, String outcome, String learning, SavedInsights.Reader reader) {
        Pilot pilot = require(id);
        if (!reader.admin() && pilot.getOwner().getId() != reader.id()) {
            throw new Forbidden("Only the pilot's owner or an admin records its outcome.");
        }
        InvalidInput.check().text("outcome", outcome, 1, 2000).text("learning", learning, 1, 2000).orThrow();
        pilot.end(outcome.strip(), learning.strip(), imports.now());
        return pilot;
    }

    public Pilot require(long id) {
        return em.createQuery("select p from Pilot p join fetch p.owner join fetch p.placement where p.id = :id", Pilot.class)
                .setParameter("id", id).getResultStream().findFirst().orElseThrow(() -> new NotFound("There is no pilot " + id + "."));
    }

    /** Every pilot, newest first. */
    public List<Pilot> all() {
        return em.createQuery("select p from Pilot p join fetch p.owner join fetch p.placement order by p.id desc", Pilot.class)
                .setMaxResults(Matrix.MAX_ITEMS).getResultList();
    }

    /** The pilot of an idea, for its page (members see "in pilot" and, when done, the outcome). */
    public Optional<Pilot> ofIdea(long ideaId) {
        return em.createQuery("select p from Pilot p join fetch p.owner where p.placement.itemType = :type "
                + "and p.placement.itemId = :id", Pilot.class).setParameter("type", Matrix.IDEA).setParameter("id", ideaId)
                .getResultStream().findFirst();
    }

    private Optional<Pilot> ofPlacement(Placement placement) {
        return em.createQuery("select p from Pilot p where p.placement = :placement", Pilot.class).setParameter("placement", placement)
                .getResultStream().findFirst();
    }
}
