package org.kring.webhooks.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.kring.members.entity.Member;
import org.kring.notifications.control.Audience;

/** Every admin: who hears that a webhook was switched off after failing (the target id is the hook's, not used). */
@ApplicationScoped
public class AdminAudience implements Audience {

    public static final String NAME = "admins";

    @PersistenceContext
    EntityManager em;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Long> membersAfter(long webhookId, long afterMemberId, int limit) {
        return em.createQuery("select m.id from Member m where m.role = :role and m.id > :after order by m.id", Long.class)
                .setParameter("role", Member.Role.ADMIN).setParameter("after", afterMemberId).setMaxResults(limit).getResultList();
    }
}
