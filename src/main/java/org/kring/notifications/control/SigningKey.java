package org.kring.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Base64;

/** The secret that signs unsubscribe links: made once by whichever instance needs it first, then shared by all. */
@ApplicationScoped
public class SigningKey {

    @PersistenceContext
    EntityManager em;

    /** The stored secret (Base64); the first call anywhere stores a fresh random one, every later call reads it. */
    @Transactional
    public String secret() {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        em.createNativeQuery("insert into signing_key (id, secret) values (1, ?1) on conflict do nothing")
                .setParameter(1, Base64.getEncoder().encodeToString(fresh)).executeUpdate();
        return (String) em.createNativeQuery("select secret from signing_key where id = 1").getSingleResult();
    }
}
