package org.kring.responses.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.kring.ideas.entity.Idea;
import org.kring.members.entity.Member;
import org.kring.platform.database.RevisionPages;
import org.kring.platform.moderation.ModerationState;
import org.kring.platform.problems.InvalidInput;
import org.kring.platform.text.Bilingual;
import org.kring.platform.text.MarkdownRenderer;
import org.kring.responses.entity.AnswerRevision;
import org.kring.responses.entity.OfficialAnswer;
import org.kring.search.control.SearchOutbox;

/**
 * The team's official answer on an idea: Markdown rendered and sanitised like posts, one per idea, and every
 * edit keeps the previous wording; search follows through the outbox ({@link AnswerDocuments}). Runs inside {@link Responses#respond}, which locks the idea first.
 */
@ApplicationScoped
public class OfficialAnswers {

    public static final int MAX_BODY = 10_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    SearchOutbox outbox;

    /** Checks an answer's text and language (null: the idea's language); a 400 naming the field otherwise. */
    static void check(String body, String language) {
        InvalidInput.check().text("answer", body, 1, MAX_BODY)
                .that("language", language == null || Bilingual.LANGUAGES.contains(language), "must be nl or en").orThrow();
    }

    /** Writes the (locked) idea's answer, or rewrites it keeping the old wording as a revision. */
    @Transactional(Transactional.TxType.MANDATORY)
    public OfficialAnswer write(Idea idea, String body, String language, long authorId, Instant at) {
        check(body, language);
        String text = body.strip();
        String lang = language == null ? idea.getLanguage() : language;
        Member author = em.getReference(Member.class, authorId);
        Optional<OfficialAnswer> existing = of(idea.getId());
        if (existing.isEmpty()) {
            OfficialAnswer answer = new OfficialAnswer(idea.getId(), author, text, MarkdownRenderer.toSafeHtml(text), lang, at);
            em.persist(answer);
            outbox.changed(AnswerDocuments.ANSWER, idea.getId());
            return answer;
        }
        OfficialAnswer answer = existing.get();
        em.persist(new AnswerRevision(answer.getId(), answer.getBody(), authorId, at));
        answer.rewrite(author, text, MarkdownRenderer.toSafeHtml(text), lang, at);
        outbox.changed(AnswerDocuments.ANSWER, idea.getId());
        return answer;
    }

    /** The idea's official answer with its author, if it has one. */
    public Optional<OfficialAnswer> of(long ideaId) {
        return em.createQuery("select a from OfficialAnswer a join fetch a.author where a.ideaId = :idea", OfficialAnswer.class)
                .setParameter("idea", ideaId).getResultStream().findFirst();
    }

    /** The official answers of these ideas, by idea id (one query for a page of ideas). */
    public Map<Long, OfficialAnswer> of(Collection<Long> ideaIds) {
        if (ideaIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select a from OfficialAnswer a where a.ideaId in :ideas", OfficialAnswer.class)
                .setParameter("ideas", ideaIds).getResultStream()
                .collect(Collectors.toMap(OfficialAnswer::getIdeaId, a -> a));
    }

    /** The team's answers to a member's published ideas, newest first. */
    public List<AnsweredIdea> toIdeasOf(long authorId, int limit) {
        return em.createQuery("select i.id, i.title, i.status, a.bodyHtml, a.language, a.updatedAt from OfficialAnswer a, Idea i "
                        + "where i.id = a.ideaId and i.author.id = :author and i.moderationState = " + ModerationState.PUBLISHED.jpql()
                        + " order by a.updatedAt desc, a.id desc", Object[].class)
                .setParameter("author", authorId).setMaxResults(limit).getResultStream()
                .map(r -> new AnsweredIdea((Long) r[0], (String) r[1], (Idea.Status) r[2], (String) r[3], (String) r[4], (Instant) r[5]))
                .toList();
    }

    /** One of a member's ideas with the team's answer (sanitised HTML). */
    public record AnsweredIdea(long ideaId, String title, Idea.Status status, String answerHtml, String language, Instant answeredAt) {
    }

    /** The answer's earlier wordings, newest first: a page of at most {@code limit} after the revision {@code before} (null: the newest). */
    public List<AnswerRevision> revisions(long answerId, Long before, int limit) {
        return RevisionPages.newestFirst(em, AnswerRevision.class, "answerId", answerId, "", before, limit);
    }
}
