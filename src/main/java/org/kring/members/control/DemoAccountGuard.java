package org.kring.members.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.kring.members.entity.Member;
import org.kring.platform.config.DemoBuild;

/**
 * The product refuses to start while a staff account of the demo community still has the demo's published
 * password (a production database once seeded with the demo, or copied from a demo): anyone who read the README
 * could log in as its admin. The demo build itself (bin/run, the tests) is exempt.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class DemoAccountGuard {

    /** The password README publishes for the demo logins. */
    static final String DEMO_PASSWORD = "kring-demo";

    @PersistenceContext
    EntityManager em;

    @Inject
    Instance<DemoBuild> demoBuild;

    @PostConstruct
    void refuseDemoStaffInTheProduct() {
        if (demoBuild.isResolvable()) {
            return;
        }
        List<String> open = em.createQuery("select m.email, m.passwordHash from Member m where m.email like :demo "
                        + "and m.role <> :member", Object[].class)
                .setParameter("demo", "%@kring.demo").setParameter("member", Member.Role.MEMBER)
                .setMaxResults(10).getResultList().stream()
                .filter(row -> PasswordHasher.matches(DEMO_PASSWORD, (String) row[1])).map(row -> (String) row[0]).toList();
        if (!open.isEmpty()) {
            throw new IllegalStateException("Kring will not start: the staff accounts " + open + " of the demo community "
                    + "still have the published demo password. Delete them or change their passwords (or run the demo "
                    + "build, target/kring-demo.war, which expects them).");
        }
    }
}
