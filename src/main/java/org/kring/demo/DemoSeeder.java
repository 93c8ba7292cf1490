package org.kring.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.kring.ideas.control.IdeaDraft;
import org.kring.ideas.control.Ideas;
import org.kring.members.control.PasswordHasher;
import org.kring.members.entity.Member;
import org.kring.platform.config.KringConfig;
import org.kring.topics.control.Topics;
import org.kring.topics.entity.Topic;

/** On the first start of an empty community (and when kring.seed-demo is on), stores the demo community. */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoSeeder {

    static final long SEED = 2026;
    static final int IDEAS = 150;
    private static final Logger LOG = Logger.getLogger(DemoSeeder.class.getName());
    /** Demo members who are not a demo login get a value that is no hash: nobody can log in as them. */
    private static final String NO_LOGIN = "!demo-member-without-login";

    @Inject
    KringConfig config;

    @Inject
    Topics topics;

    @Inject
    Ideas ideas;

    @PersistenceContext
    EntityManager em;

    @Inject
    DemoStore store;

    @PostConstruct
    void seedWhenEmpty() {
        if (!config.seedDemo() || topics.count() > 0) {
            return;
        }
        DemoCommunity demo = DemoCommunity.generate(SEED, Instant.now().truncatedTo(ChronoUnit.DAYS), IDEAS);
        String demoHash = PasswordHasher.hash(DemoCommunity.DEMO_PASSWORD);
        Map<String, Topic> topicsBySlug = new HashMap<>();
        List<Member> members = new ArrayList<>();
        store.inOneTransaction(() -> {
            int position = 0;
            for (var t : DemoCommunity.TOPICS) {
                Topic topic = new Topic(t.slug(), t.nameNl(), t.nameEn(), t.descriptionNl(), t.descriptionEn(), position++);
                em.persist(topic);
                topicsBySlug.put(t.slug(), topic);
            }
            for (var m : demo.members()) {
                boolean login = DemoCommunity.STAFF.contains(m);
                Member member = new Member(m.email(), m.displayName(), login ? demoHash : NO_LOGIN,
                        Member.Role.valueOf(m.role()), Instant.now());
                em.persist(member);
                members.add(member);
            }
        });
        store.inOneTransaction(() -> demo.ideas().forEach(i -> ideas.store(
                new IdeaDraft(i.title(), i.body(), List.of(), i.topicSlug(), null, i.language()),
                members.get(i.authorIndex()).getId(), i.createdAt())));
        LOG.info(() -> "Seeded the demo community: " + topicsBySlug.size() + " topics, " + members.size()
                + " members, " + demo.ideas().size() + " ideas. Log in as member@kring.demo / " + DemoCommunity.DEMO_PASSWORD);
    }
}
