package org.kring.responses.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kring.ideas.control.Ideas;
import org.kring.ideas.entity.Idea;
import org.kring.ideas.entity.Idea.Status;
import org.kring.members.entity.Member;
import org.kring.platform.problems.Conflict;
import org.kring.platform.problems.InvalidInput;
import org.kring.responses.entity.StatusChange;

/**
 * Moves ideas along the configured workflow ({@code KRING_RESPONSES_TRANSITIONS}, see {@link StatusTransitions})
 * and keeps every step as history. Runs inside {@link Responses#respond}, which locks the idea first.
 */
@ApplicationScoped
public class StatusWorkflow {

    public static final int MAX_MESSAGE = 2000;

    @Inject
    @ConfigProperty(name = "kring.responses.transitions", defaultValue = StatusTransitions.DEFAULT)
    String transitionSetting;

    @PersistenceContext
    EntityManager em;

    @Inject
    Ideas ideas;

    private StatusTransitions transitions;

    @PostConstruct
    void readTransitions() {
        transitions = StatusTransitions.parse(transitionSetting);
    }

    /** The status a request names; a 400 naming the field when it names none or an unknown one. */
    public static Status parse(String name) {
        InvalidInput.check().that("status", name != null && !name.isBlank(), "must not be empty").orThrow();
        return StatusTransitions.parseStatus(name).orElseThrow(() ->
                InvalidInput.of("status", "must be one of " + Arrays.toString(Status.values())));
    }

    /** Where an idea in this status may go next. */
    public Set<Status> next(Status from) {
        return transitions.from(from);
    }

    /** Moves the (locked) idea to this status; a 409 naming the allowed ones when the workflow has no such step. */
    @Transactional(Transactional.TxType.MANDATORY)
    public StatusChange change(Idea idea, Status to, String message, long actorId, Instant at) {
        InvalidInput.check().text("message", message, 0, MAX_MESSAGE).orThrow();
        Status from = idea.getStatus();
        if (!transitions.allows(from, to)) {
            Set<Status> allowed = transitions.from(from);
            String names = allowed.isEmpty() ? "none" : allowed.stream().map(Enum::name).collect(Collectors.joining(", "));
            throw new Conflict("An idea that is " + from + " cannot become " + to + "; allowed: " + names + ".",
                    "status", "from " + from + " only to: " + names);
        }
        ideas.changeStatus(idea.getId(), to);
        String note = message == null || message.isBlank() ? null : message.strip();
        StatusChange change = new StatusChange(idea.getId(), from, to, note, em.getReference(Member.class, actorId), at);
        em.persist(change);
        return change;
    }

    /** An idea's status history, oldest first, with who changed it (one query). */
    public List<StatusChange> history(long ideaId) {
        return em.createQuery("select c from StatusChange c join fetch c.changedBy where c.ideaId = :idea "
                + "order by c.changedAt, c.id", StatusChange.class).setParameter("idea", ideaId).getResultList();
    }
}
