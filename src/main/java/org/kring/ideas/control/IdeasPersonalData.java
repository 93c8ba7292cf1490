package org.kring.ideas.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.kring.platform.privacy.PersonalRows;
import org.kring.platform.privacy.PersonalData;
import org.kring.search.control.SearchOutbox;

/**
 * A member's ideas and their earlier wordings. On erasure the ideas stay (with their votes and discussions) under
 * the former member, or are emptied and hidden when the member asked for their content to go; earlier wordings of
 * their ideas go either way, as they are the member's own text.
 */
@ApplicationScoped
public class IdeasPersonalData implements PersonalData {

    static final String REMOVED_TITLE = "Removed by its author";

    @PersistenceContext
    EntityManager em;

    @Inject
    SearchOutbox outbox;

    @Override
    public String section() {
        return "ideas";
    }

    @Override
    public void export(long memberId, JsonGenerator out) {
        out.writeStartObject();
        out.writeKey("ideas");
        PersonalRows.write(em, out, "select i.id, i.title, i.body, i.tags, t.slug, i.status, i.vote_count, i.created_at, "
                + "i.updated_at from idea i join topic t on t.id = i.topic_id where i.author_id = ?1 order by i.created_at",
                memberId, "id", "title", "body", "tags", "topic", "status", "votes", "createdAt", "updatedAt");
        out.writeKey("earlierWordings");
        PersonalRows.write(em, out, "select r.idea_id, r.title, r.body, r.edited_at from idea_revision r "
                + "join idea i on i.id = r.idea_id where i.author_id = ?1 order by r.edited_at", memberId,
                "ideaId", "title", "body", "editedAt");
        out.writeEnd();
    }

    @Override
    public void handOver(long memberId, long formerMemberId, boolean deleteContent) {
        PersonalRows.update(em, "delete from idea_revision where idea_id in (select id from idea where author_id = ?1)", memberId, formerMemberId);
        PersonalRows.update(em, "update idea_revision set editor_id = ?2 where editor_id = ?1", memberId, formerMemberId);
        if (deleteContent) {
            PersonalRows.update(em, "delete from idea_tag where idea_id in (select id from idea where author_id = ?1)", memberId, formerMemberId);
            em.createNativeQuery("update idea set title = ?2, body = '', body_html = '', tags = '', "
                            + "moderation_state = 'HIDDEN' where author_id = ?1")
                    .setParameter(1, memberId).setParameter(2, REMOVED_TITLE).executeUpdate();
        }
        PersonalRows.update(em, "update idea set author_id = ?2 where author_id = ?1", memberId, formerMemberId);
        outbox.changedWhere(SearchOutbox.IDEA, "idea", "author_id", formerMemberId);
    }
}
