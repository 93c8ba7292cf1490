package org.kring.threads.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.kring.platform.privacy.PersonalRows;
import org.kring.platform.privacy.PersonalData;
import org.kring.search.control.SearchOutbox;

/**
 * A member's discussions: threads started, posts (with earlier wordings) and likes. On erasure the threads, posts
 * and likes stay under the former member (a discussion keeps its shape and counts), or the posts are deleted as a
 * member deletes a post when the member asked for their content to go; the text of deleted posts and earlier
 * wordings goes either way.
 */
@ApplicationScoped
public class ThreadsPersonalData implements PersonalData {

    @PersistenceContext
    EntityManager em;

    @Inject
    Posts posts;

    @Inject
    SearchOutbox outbox;

    @Override
    public String section() {
        return "discussions";
    }

    @Override
    public void export(long memberId, JsonGenerator out) {
        out.writeStartObject();
        out.writeKey("threads");
        PersonalRows.write(em, out, "select id, idea_id, title, created_at from discussion_thread where author_id = ?1 "
                + "order by created_at", memberId, "id", "ideaId", "title", "createdAt");
        out.writeKey("posts");
        PersonalRows.write(em, out, "select id, thread_id, parent_id, body, deleted, created_at, updated_at from post "
                + "where author_id = ?1 order by created_at", memberId, "id", "threadId", "parentId", "body", "deleted",
                "createdAt", "updatedAt");
        out.writeKey("earlierWordings");
        PersonalRows.write(em, out, "select r.post_id, r.body, r.edited_at from post_revision r join post p on p.id = r.post_id "
                + "where p.author_id = ?1 order by r.edited_at", memberId, "postId", "body", "editedAt");
        out.writeKey("likes");
        PersonalRows.write(em, out, "select post_id, created_at from post_like where member_id = ?1 order by created_at",
                memberId, "postId", "likedAt");
        out.writeEnd();
    }

    @Override
    public void handOver(long memberId, long formerMemberId, boolean deleteContent) {
        if (deleteContent) {
            @SuppressWarnings("unchecked")
            List<Number> open = em.createNativeQuery("select id from post where author_id = ?1 and deleted = false")
                    .setParameter(1, memberId).getResultList();
            // As the author deleting each post: thread and idea counts follow. Erasure is the member's right, so it
            // is not stopped by what limits a member's own deleting (a locked thread).
            open.forEach(id -> posts.delete(id.longValue(), memberId, true));
        }
        PersonalRows.update(em, "delete from post_revision where post_id in (select id from post where author_id = ?1)", memberId, formerMemberId);
        PersonalRows.update(em, "update post_revision set editor_id = ?2 where editor_id = ?1", memberId, formerMemberId);
        PersonalRows.update(em, "update post set body = '', body_html = '' where author_id = ?1 and deleted = true", memberId, formerMemberId);
        PersonalRows.update(em, "update post set author_id = ?2 where author_id = ?1", memberId, formerMemberId);
        PersonalRows.update(em, "update discussion_thread set author_id = ?2 where author_id = ?1", memberId, formerMemberId);
        PersonalRows.update(em, "update post_like set member_id = ?2 where member_id = ?1", memberId, formerMemberId);
        outbox.changedWhere(Posts.POST, "post", "author_id", formerMemberId);
        outbox.changedWhere(Threads.THREAD, "discussion_thread", "author_id", formerMemberId);
    }
}
