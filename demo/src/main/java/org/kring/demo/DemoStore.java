package org.kring.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.kring.ideas.control.IdeaDraft;
import org.kring.ideas.control.Ideas;
import org.kring.ideas.entity.Idea;
import org.kring.members.control.PasswordHasher;
import org.kring.members.entity.Member;
import org.kring.moderation.control.Decisions;
import org.kring.moderation.control.Flags;
import org.kring.moderation.control.ModeratorTopics;
import org.kring.platform.imports.ImportContext;
import org.kring.platform.moderation.Audience;
import org.kring.threads.control.Likes;
import org.kring.threads.control.Posts;
import org.kring.threads.control.Threads;
import org.kring.threads.entity.DiscussionThread;
import org.kring.threads.entity.Post;
import org.kring.topics.control.Challenges;
import org.kring.topics.entity.Topic;
import org.kring.votes.control.Votes;

/**
 * Stores a generated demo community through the methods members and admins use (so rules, counters, threads,
 * follows and the search outbox are exactly as if members had done it), in one transaction. Each write runs in
 * an {@link ImportContext} at the moment the generator gave it, which also lifts the write limits. Topics and
 * members are stored as entities: Kring has no page for creating topics yet, and registering 300 members would
 * hash 300 passwords for accounts nobody logs in to.
 */
@ApplicationScoped
public class DemoStore {

    /** Demo members who are not a demo login get a value that is no hash: nobody can log in as them. */
    private static final String NO_LOGIN = "!demo-member-without-login";

    @PersistenceContext
    EntityManager em;

    @Inject
    Challenges challenges;

    @Inject
    Ideas ideas;

    @Inject
    Votes votes;

    @Inject
    Threads threads;

    @Inject
    Posts posts;

    @Inject
    Likes likes;

    @Inject
    ImportContext imports;

    @Inject
    Flags flags;

    @Inject
    Decisions decisions;

    @Inject
    ModeratorTopics moderatorTopics;

    @Transactional
    public void store(DemoCommunity demo) {
        Map<String, Topic> topics = topics();
        List<Long> members = members(demo);
        limitModerators(members);
        List<String> challengeSlugs = new ArrayList<>();
        for (var c : demo.challenges()) {
            String slug = slug(c.titleEn());
            challenges.create(topics.get(c.topicSlug()), slug, c.titleNl(), c.titleEn(), c.descriptionNl(),
                    c.descriptionEn(), c.opensAt(), c.closesAt());
            challengeSlugs.add(slug);
        }
        List<Long> ideaIds = new ArrayList<>();
        for (var i : demo.ideas()) {
            String challenge = i.challengeIndex() == null ? null : challengeSlugs.get(i.challengeIndex());
            imports.runAt(i.createdAt(), () -> {
                Idea idea = ideas.post(new IdeaDraft(i.title(), i.body(), i.tags(), i.topicSlug(), challenge, i.language()),
                        members.get(i.authorIndex()));
                if (!i.status().equals(Idea.Status.NEW.name())) {
                    ideas.changeStatus(idea.getId(), Idea.Status.valueOf(i.status()));
                }
                ideaIds.add(idea.getId());
            });
        }
        demo.votes().forEach(v -> imports.runAt(v.at(), () -> votes.vote(ideaIds.get(v.ideaIndex()), members.get(v.memberIndex()))));
        storeDiscussions(demo, members, ideaIds);
    }

    private void storeDiscussions(DemoCommunity demo, List<Long> members, List<Long> ideaIds) {
        // A standalone thread starts with its first top-level post.
        Map<Integer, Integer> openingPost = new HashMap<>();
        for (int p = 0; p < demo.posts().size(); p++) {
            var post = demo.posts().get(p);
            if (post.threadIndex() != null && post.parentPostIndex() == null) {
                openingPost.putIfAbsent(post.threadIndex(), p);
            }
        }
        List<DiscussionThread> standalone = new ArrayList<>();
        for (int t = 0; t < demo.threads().size(); t++) {
            var thread = demo.threads().get(t);
            var first = demo.posts().get(openingPost.get(t));
            imports.runAt(thread.createdAt(), () -> standalone.add(threads.start(thread.topicSlug(),
                    members.get(thread.authorIndex()), thread.title(), first.body(), thread.language())));
        }
        Map<Integer, DiscussionThread> ideaThreads = new HashMap<>();
        List<Post> stored = new ArrayList<>();
        for (int p = 0; p < demo.posts().size(); p++) {
            var post = demo.posts().get(p);
            if (post.threadIndex() != null && openingPost.get(post.threadIndex()) == p) {
                stored.add(firstPost(standalone.get(post.threadIndex()))); // stored when the thread started
                continue;
            }
            DiscussionThread thread = post.ideaIndex() != null
                    ? ideaThreads.computeIfAbsent(post.ideaIndex(), i -> threads.ofIdea(ideaIds.get(i), Audience.STAFF).orElseThrow())
                    : standalone.get(post.threadIndex());
            Long parentId = post.parentPostIndex() == null ? null : stored.get(post.parentPostIndex()).getId();
            imports.runAt(post.createdAt(), () -> stored.add(posts.reply(thread.getId(), parentId,
                    members.get(post.authorIndex()), post.body())));
        }
        demo.likes().forEach(l -> imports.runAt(l.at(), () -> likes.like(stored.get(l.postIndex()).getId(), members.get(l.memberIndex()))));
        storeFlags(stored, ideaIds, members);
    }

    /**
     * A realistic first queue for moderator@kring.demo: members flag the newest posts and one idea as a duplicate, and
     * a post in each topic of a limited moderator (each below the auto-hide threshold, so every count and page stays as
     * generated), and the moderator already approved one item, so the log has a line to undo.
     */
    private void storeFlags(List<Post> stored, List<Long> ideaIds, List<Long> members) {
        String[] reasons = {"SPAM", "OFFENSIVE", "OFF_TOPIC", "PERSONAL_DATA", "SPAM", "OTHER"};
        List<Long> items = new ArrayList<>();
        int flagger = DemoCommunity.STAFF.size() + 7;
        for (int i = 0; i < reasons.length && i < stored.size(); i++) {
            Post post = stored.get(stored.size() - 1 - i);
            for (int n = 0; n <= i % 2; n++) {
                long member = members.get(flagger++ % members.size());
                if (member != post.getAuthor().getId() && member != members.get(1)) {
                    String text = reasons[i].equals("OTHER") ? "Dit lijkt me geen echte klantervaring." : null;
                    items.add(flags.flag(new Flags.FlagInput("POST", post.getId(), reasons[i], text, null), member, false).itemId());
                }
            }
        }
        if (ideaIds.size() > 2) {
            long idea = ideaIds.get(ideaIds.size() - 1);
            long member = members.get(flagger % members.size());
            if (em.find(Idea.class, idea).getAuthor().getId() != member) {
                items.add(flags.flag(new Flags.FlagInput("IDEA", idea, "DUPLICATE", null, ideaIds.get(ideaIds.size() - 2)), member,
                        false).itemId());
            }
        }
        for (String topic : DemoCommunity.MODERATOR_TOPICS.values().stream().flatMap(List::stream).distinct().toList()) {
            flagNewestIn(topic, stored.subList(0, Math.max(0, stored.size() - reasons.length)), members.get(flagger++ % members.size()))
                    .ifPresent(items::add);
        }
        if (!items.isEmpty()) {
            decisions.act(new Decisions.Decision("APPROVE", List.of(items.get(0)), "Kritisch maar binnen de regels."), members.get(1));
        }
    }

    /**
     * A moderator limited to a topic has a first queue too, whatever topics the newest posts happen to be in: a flag on the
     * newest post of that topic among those not flagged yet (one flag: below the auto-hide threshold).
     */
    private Optional<Long> flagNewestIn(String topic, List<Post> unflagged, long flagger) {
        for (int i = unflagged.size() - 1; i >= 0; i--) {
            Post post = unflagged.get(i);
            if (post.getAuthor().getId() != flagger
                    && em.find(DiscussionThread.class, post.getThreadId()).getTopic().getSlug().equals(topic)) {
                return Optional.of(flags.flag(new Flags.FlagInput("POST", post.getId(), "OFF_TOPIC", null, null), flagger, false).itemId());
            }
        }
        return Optional.empty();
    }

    private Post firstPost(DiscussionThread thread) {
        return em.createQuery("select p from Post p where p.threadId = :thread order by p.id", Post.class)
                .setParameter("thread", thread.getId()).setMaxResults(1).getSingleResult();
    }

    private Map<String, Topic> topics() {
        Map<String, Topic> bySlug = new HashMap<>();
        int position = 0;
        for (var t : DemoCommunity.TOPICS) {
            Topic topic = new Topic(t.slug(), t.nameNl(), t.nameEn(), t.descriptionNl(), t.descriptionEn(), position++);
            em.persist(topic);
            bySlug.put(t.slug(), topic);
        }
        return bySlug;
    }

    private List<Long> members(DemoCommunity demo) {
        String demoHash = PasswordHasher.hash(DemoCommunity.DEMO_PASSWORD);
        List<Long> ids = new ArrayList<>();
        for (var m : demo.members()) {
            Member member = new Member(m.email(), m.displayName(), DemoCommunity.isLogin(m) ? demoHash : NO_LOGIN,
                    Member.Role.valueOf(m.role()), m.joinedAt() == null ? Instant.now() : m.joinedAt());
            member.setProfile(m.ageBand(), m.region(), m.customerType());
            em.persist(member);
            ids.add(member.getId());
        }
        em.flush();
        return ids;
    }

    /** The demo's moderators limited to topics, limited by its admin as on the roles page (so in the admin audit log). */
    private void limitModerators(List<Long> members) {
        Map<String, Long> logins = new HashMap<>();
        for (int i = 0; i < DemoCommunity.STAFF.size(); i++) {
            logins.put(DemoCommunity.STAFF.get(i).email(), members.get(i));
        }
        long admin = logins.get(DemoCommunity.STAFF.stream().filter(m -> m.role().equals("ADMIN")).findFirst().orElseThrow().email());
        DemoCommunity.MODERATOR_TOPICS.forEach((email, slugs) -> moderatorTopics.limit(logins.get(email), slugs, admin));
    }

    static String slug(String title) {
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.length() > 60 ? slug.substring(0, 60).replaceAll("-$", "") : slug;
    }
}
