package org.kring.topics.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.kring.platform.audit.AdminLog;
import org.kring.platform.problems.InvalidInput;
import org.kring.platform.problems.NotFound;
import org.kring.topics.entity.Challenge;
import org.kring.topics.entity.Topic;

/**
 * What admins do with challenges: create one in a listed topic with its period, change its texts and period, close it
 * early, publish its outcome. Every change is in the admin audit log. Slug and topic are fixed at creation (ideas
 * answer the challenge inside its topic; the slug is in links and the search index). Titles are required in both
 * languages, like topic names.
 */
@ApplicationScoped
public class ChallengeAdministration {

    /** A challenge as an admin writes it; opensAt and closesAt are ISO-8601 instants (2026-12-01T08:00:00Z). */
    public record Draft(String topic, String slug, String titleNl, String titleEn, String descriptionNl, String descriptionEn,
                        String coverText, String opensAt, String closesAt) {
    }

    /** What the company did with the ideas, in both languages. */
    public record Outcome(String outcomeNl, String outcomeEn) {
    }

    static final String TARGET = "CHALLENGE";

    @PersistenceContext
    EntityManager em;

    @Inject
    Topics topics;

    @Inject
    Challenges challenges;

    @Inject
    AdminLog log;

    @Transactional
    public Challenge create(Draft draft, long adminId) {
        InvalidInput.Checks checks = InvalidInput.check();
        Optional<Topic> topic = draft.topic() == null ? Optional.empty() : topics.bySlug(draft.topic().strip()).filter(Topic::isListed);
        checks.that("topic", topic.isPresent(), "must be the slug of a topic that is not archived");
        TopicAdministration.checkSlug(checks, draft.slug(), 2, 80);
        Instant[] period = checkTexts(checks, draft);
        checks.orThrow();
        String slug = draft.slug().strip();
        if (challenges.bySlug(slug).isPresent()) {
            throw TopicAdministration.slugTaken(slug);
        }
        Challenge challenge = new Challenge(topic.get(), slug, draft.titleNl().strip(), draft.titleEn().strip(),
                strip(draft.descriptionNl()), strip(draft.descriptionEn()), period[0], period[1], Instant.now());
        challenge.change(challenge.getTitleNl(), challenge.getTitleEn(), challenge.getDescriptionNl(),
                challenge.getDescriptionEn(), strip(draft.coverText()), period[0], period[1]);
        em.persist(challenge);
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw TopicAdministration.slugTaken(slug); // two admins creating the same slug at once
        }
        log.record(adminId, "CHALLENGE_CREATED", TARGET, challenge.getId(), null, summary(challenge));
        return challenge;
    }

    @Transactional
    public Challenge update(long id, Draft draft, long adminId) {
        Challenge challenge = require(id);
        InvalidInput.Checks checks = InvalidInput.check()
                .that("topic", draft.topic() == null || draft.topic().strip().equals(challenge.getTopic().getSlug()),
                        "cannot change: the challenge's ideas are in its topic")
                .that("slug", draft.slug() == null || draft.slug().strip().equals(challenge.getSlug()),
                        "cannot change: it is in links and the search index");
        Instant[] period = checkTexts(checks, draft);
        checks.orThrow();
        String before = summary(challenge);
        challenge.change(draft.titleNl().strip(), draft.titleEn().strip(), strip(draft.descriptionNl()),
                strip(draft.descriptionEn()), strip(draft.coverText()), period[0], period[1]);
        log.record(adminId, "CHALLENGE_CHANGED", TARGET, id, before, summary(challenge));
        return challenge;
    }

    /** Stops taking ideas now; a challenge that is already closed stays as it is (nothing logged). */
    @Transactional
    public Challenge close(long id, long adminId) {
        Challenge challenge = require(id);
        Instant now = Instant.now();
        if (challenge.getClosesAt().isAfter(now)) {
            String before = summary(challenge);
            challenge.closeAt(now);
            log.record(adminId, "CHALLENGE_CLOSED", TARGET, id, before, summary(challenge));
        }
        return challenge;
    }

    /** Publishes (or corrects) the outcome shown on the challenge's page. */
    @Transactional
    public Challenge publishOutcome(long id, Outcome outcome, long adminId) {
        Challenge challenge = require(id);
        InvalidInput.check().text("outcomeNl", outcome.outcomeNl(), 1, 4000).text("outcomeEn", outcome.outcomeEn(), 1, 4000)
                .orThrow();
        String before = challenge.getOutcomeAt() == null ? null : "outcomeNl=" + challenge.getOutcomeNl();
        challenge.publishOutcome(outcome.outcomeNl().strip(), outcome.outcomeEn().strip(), Instant.now());
        log.record(adminId, "CHALLENGE_OUTCOME", TARGET, id, before, "outcomeNl=" + challenge.getOutcomeNl());
        return challenge;
    }

    public Challenge require(long id) {
        return Optional.ofNullable(em.find(Challenge.class, id))
                .orElseThrow(() -> new NotFound("There is no challenge " + id + "."));
    }

    /** Checks titles, texts and the period; answers the period (nulls where a moment is missing or malformed). */
    private static Instant[] checkTexts(InvalidInput.Checks checks, Draft draft) {
        checks.text("titleNl", draft.titleNl(), 1, 200).text("titleEn", draft.titleEn(), 1, 200)
                .text("descriptionNl", draft.descriptionNl(), 0, 2000).text("descriptionEn", draft.descriptionEn(), 0, 2000)
                .text("coverText", draft.coverText(), 0, 400);
        Instant opens = moment(checks, "opensAt", draft.opensAt());
        Instant closes = moment(checks, "closesAt", draft.closesAt());
        checks.that("closesAt", opens == null || closes == null || closes.isAfter(opens), "must be after opensAt");
        return new Instant[] {opens, closes};
    }

    private static Instant moment(InvalidInput.Checks checks, String field, String value) {
        if (value == null || value.isBlank()) {
            checks.that(field, false, "must not be empty");
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            checks.that(field, false, "must be an instant such as 2026-12-01T08:00:00Z");
            return null;
        }
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    private static String summary(Challenge c) {
        return "slug=" + c.getSlug() + "; titleNl=" + c.getTitleNl() + "; titleEn=" + c.getTitleEn() + "; opensAt="
                + c.getOpensAt() + "; closesAt=" + c.getClosesAt();
    }
}
