package org.kring.members.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.kring.platform.privacy.PersonalRows;
import org.kring.platform.privacy.PersonalData;

/** The account itself: profile and sign-ins (tokens, never their hashes); erased with the account (and its mailed links). */
@ApplicationScoped
public class AccountPersonalData implements PersonalData {

    @PersistenceContext
    EntityManager em;

    @Override
    public String section() {
        return "account";
    }

    @Override
    public void export(long memberId, JsonGenerator out) {
        out.writeStartObject();
        out.writeKey("profile");
        PersonalRows.write(em, out, "select id, email, display_name, role, age_band, region, customer_type, created_at, "
                + "suspended_until from member where id = ?1", memberId, "id", "email", "displayName", "role", "ageBand",
                "region", "customerType", "createdAt", "suspendedUntil");
        out.writeKey("sessions");
        PersonalRows.write(em, out, "select created_at, expires_at, revoked_at from auth_token where member_id = ?1 "
                + "order by created_at", memberId, "createdAt", "expiresAt", "revokedAt");
        out.writeEnd();
    }

    @Override
    public void handOver(long memberId, long formerMemberId, boolean deleteContent) {
        em.createNativeQuery("delete from auth_token where member_id = ?1").setParameter(1, memberId).executeUpdate();
        em.createNativeQuery("delete from account_link where member_id = ?1").setParameter(1, memberId).executeUpdate();
    }
}
