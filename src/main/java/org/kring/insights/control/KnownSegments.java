package org.kring.insights.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import java.util.TreeSet;

/** The segment values members gave, so that a region nobody gave is refused instead of silently matching nothing. */
@ApplicationScoped
public class KnownSegments {

    @PersistenceContext
    EntityManager em;

    /** Every region some member gave: a handful of provinces, read in one grouped query. */
    public Set<String> regions() {
        return new TreeSet<>(em.createQuery("select distinct m.region from Member m where m.region is not null", String.class)
                .getResultList());
    }
}
