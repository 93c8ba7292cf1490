package org.kring.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kring.demo.DemoCommunity.IdeaSeed;
import org.kring.demo.DemoCommunity.PostSeed;
import org.kring.demo.DemoCommunity.Size;
import org.kring.ideas.control.IdeaDraft;
import org.kring.ideas.entity.Idea;
import org.kring.platform.problems.InvalidInput;
import org.kring.threads.control.PostRules;

class DemoCommunityTest {

    private static final Instant END = Instant.parse("2026-11-01T00:00:00Z");
    private static final Instant START = END.minus(Duration.ofDays(365));
    private static final DemoCommunity DEMO = DemoCommunity.generate(2026, END);

    @Test
    void sameSeedGivesTheSameCommunity() {
        DemoCommunity a = DemoCommunity.generate(7, END, Size.scaled(0.2));
        DemoCommunity b = DemoCommunity.generate(7, END, Size.scaled(0.2));
        assertThat(a.members()).isEqualTo(b.members());
        assertThat(a.challenges()).isEqualTo(b.challenges());
        assertThat(a.ideas()).isEqualTo(b.ideas());
        assertThat(a.votes()).isEqualTo(b.votes());
        assertThat(a.threads()).isEqualTo(b.threads());
        assertThat(a.posts()).isEqualTo(b.posts());
        assertThat(a.likes()).isEqualTo(b.likes());
        assertThat(DemoCommunity.generate(2026, END).ideas()).isEqualTo(DEMO.ideas());
    }

    @Test
    void anotherSeedGivesAnotherCommunity() {
        DemoCommunity a = DemoCommunity.generate(7, END, Size.scaled(0.2));
        DemoCommunity b = DemoCommunity.generate(8, END, Size.scaled(0.2));
        assertThat(a.ideas()).isNotEqualTo(b.ideas());
        assertThat(a.members()).isNotEqualTo(b.members());
        assertThat(a.posts()).isNotEqualTo(b.posts());
    }

    @Test
    void theDefaultIsLargeEnough() {
        assertThat(DemoCommunity.TOPICS).hasSize(6);
        assertThat(DEMO.challenges()).hasSize(2);
        assertThat(DEMO.members()).hasSizeBetween(280, 320);
        assertThat(DEMO.ideas()).hasSizeGreaterThanOrEqualTo(500);
        assertThat(DEMO.votes()).hasSizeGreaterThanOrEqualTo(5_000);
        assertThat(DEMO.posts()).hasSizeGreaterThanOrEqualTo(2_000);
        assertThat(DEMO.likes()).hasSizeGreaterThanOrEqualTo(2_000);
        assertThat(DEMO.threads()).hasSizeBetween(100, 120);
    }

    @Test
    void theDemoLoginsComeFirstAndEveryMemberHasAPlausibleProfile() {
        assertThat(DEMO.members().subList(0, DemoCommunity.STAFF.size())).extracting(DemoCommunity.MemberSeed::email)
                .containsExactlyElementsOf(DemoCommunity.STAFF.stream().map(DemoCommunity.MemberSeed::email).toList());
        assertThat(DEMO.members()).filteredOn(DemoCommunity::isLogin).hasSize(5);
        assertThat(DEMO.members().subList(0, 4)).as("the logins of the first demos keep their places").extracting(DemoCommunity.MemberSeed::email)
                .containsExactly("member@kring.demo", "moderator@kring.demo", "analyst@kring.demo", "admin@kring.demo");
        assertThat(DemoCommunity.MODERATOR_TOPICS).allSatisfy((email, slugs) -> {
            assertThat(DemoCommunity.STAFF).anySatisfy(s -> assertThat(s.email() + " " + s.role()).isEqualTo(email + " MODERATOR"));
            assertThat(slugs).allSatisfy(slug -> assertThat(DemoCommunity.TOPICS).anySatisfy(t -> assertThat(t.slug()).isEqualTo(slug)));
        });
        assertThat(DEMO.members()).extracting(DemoCommunity.MemberSeed::email).doesNotHaveDuplicates();
        Set<String> provinces = new HashSet<>(DemoPhrases.PROVINCES.stream().map(DemoPhrases.Province::name).toList());
        assertThat(DEMO.members()).allSatisfy(m -> {
            assertThat(m.joinedAt()).isBetween(START, END);
            assertThat(m.ageBand()).isIn(Stream.concat(DemoCommunity.AGE_BANDS.stream(), Stream.of((String) null)).toList());
            assertThat(m.region() == null || provinces.contains(m.region())).isTrue();
            assertThat(m.customerType()).isIn("consumer", "business", null);
        });
        assertThat(DEMO.members()).extracting(DemoCommunity.MemberSeed::region).contains((String) null);
        assertThat(DEMO.members()).extracting(DemoCommunity.MemberSeed::customerType).contains("business");
    }

    @Test
    void ideasAreWellFormedInBothLanguagesAndEveryTopic() {
        List<IdeaSeed> ideas = DEMO.ideas();
        assertThat(ideas).allSatisfy(i -> {
            assertThat(i.createdAt()).isBetween(START, END);
            assertThat(i.title().length()).isBetween(5, 140);
            assertThat(i.body().length()).isBetween(1, 10_000);
            assertThat(i.tags()).hasSizeLessThanOrEqualTo(5).allMatch(t -> t.equals(t.toLowerCase()));
            assertThat(i.status()).isIn(Arrays.stream(Idea.Status.values()).map(Enum::name).toList());
            assertThat(DEMO.members().get(i.authorIndex()).joinedAt()).isBeforeOrEqualTo(i.createdAt());
        });
        assertThat(ideas).extracting(IdeaSeed::topicSlug).containsAll(
                DemoCommunity.TOPICS.stream().map(DemoCommunity.TopicSeed::slug).toList());
        long dutch = ideas.stream().filter(i -> i.language().equals("nl")).count();
        assertThat(dutch).isBetween(ideas.size() * 60L / 100, ideas.size() * 80L / 100);
        assertThat(ideas).extracting(IdeaSeed::language).containsOnly("nl", "en");
        assertThat(ideas).extracting(i -> i.language() + i.title()).doesNotHaveDuplicates();
        assertThat(ideas).extracting(IdeaSeed::status).contains("NEW", "UNDER_REVIEW", "PLANNED", "IN_PROGRESS", "DONE",
                "DECLINED");
        assertThat(ideas).anyMatch(i -> i.body().contains("\n- ")).anyMatch(i -> i.body().contains("**"));
        assertThat(ideas).isSortedAccordingTo(java.util.Comparator.comparing(IdeaSeed::createdAt));
    }

    @Test
    void olderIdeasMoreOftenMovedOn() {
        List<IdeaSeed> ideas = DEMO.ideas();
        assertThat(movedShare(ideas.subList(0, ideas.size() / 3)))
                .isGreaterThan(movedShare(ideas.subList(ideas.size() * 2 / 3, ideas.size())));
        assertThat(ideas.stream().filter(i -> i.status().equals("NEW")).count()).isGreaterThan(ideas.size() / 2);
    }

    private static double movedShare(List<IdeaSeed> ideas) {
        return ideas.stream().filter(i -> !i.status().equals("NEW")).count() / (double) ideas.size();
    }

    @Test
    void challengesAreTimeBoxedAndAnsweredOnlyWhileOpen() {
        var closed = DEMO.challenges().get(0);
        var open = DEMO.challenges().get(1);
        assertThat(closed.opensAt()).isAfter(START);
        assertThat(closed.closesAt()).isBefore(END);
        assertThat(open.opensAt()).isBefore(END);
        assertThat(open.isOpenAt(END)).isTrue();
        assertThat(DEMO.challenges()).allSatisfy(c -> {
            assertThat(c.titleNl()).isNotBlank();
            assertThat(c.titleEn()).isNotBlank();
            assertThat(DemoCommunity.TOPICS).extracting(DemoCommunity.TopicSeed::slug).contains(c.topicSlug());
        });
        List<IdeaSeed> answers = DEMO.ideas().stream().filter(i -> i.challengeIndex() != null).toList();
        assertThat(answers).extracting(IdeaSeed::challengeIndex).contains(0, 1);
        assertThat(answers).allSatisfy(i -> {
            var challenge = DEMO.challenges().get(i.challengeIndex());
            assertThat(challenge.isOpenAt(i.createdAt())).isTrue();
            assertThat(i.topicSlug()).isEqualTo(challenge.topicSlug());
        });
    }

    @Test
    void votesAreUniqueNeverBeforeTheIdeaAndIncludeTheAuthors() {
        Set<Long> pairs = new HashSet<>();
        assertThat(DEMO.votes()).allSatisfy(v -> {
            IdeaSeed idea = DEMO.ideas().get(v.ideaIndex());
            assertThat(v.at()).isBetween(idea.createdAt(), END);
            assertThat(DEMO.members().get(v.memberIndex()).joinedAt()).isBeforeOrEqualTo(v.at());
            assertThat(pairs.add(((long) v.memberIndex() << 32) | v.ideaIndex())).isTrue();
        });
        for (int i = 0; i < DEMO.ideas().size(); i++) {
            assertThat(pairs).contains(((long) DEMO.ideas().get(i).authorIndex() << 32) | i);
        }
    }

    @Test
    void aFewIdeasGetManyVotes() {
        int[] counts = new int[DEMO.ideas().size()];
        DEMO.votes().forEach(v -> counts[v.ideaIndex()]++);
        int[] sorted = Arrays.stream(counts).sorted().toArray();
        int median = sorted[sorted.length / 2];
        assertThat(sorted[sorted.length - 1]).isGreaterThan(5 * median);
        assertThat(sorted[0]).isGreaterThanOrEqualTo(1);
    }

    @Test
    void repliesPointToEarlierPostsOfTheSameDiscussion() {
        List<PostSeed> posts = DEMO.posts();
        int maxDepth = 0;
        for (int p = 0; p < posts.size(); p++) {
            PostSeed post = posts.get(p);
            assertThat(post.ideaIndex() == null).isNotEqualTo(post.threadIndex() == null);
            Instant opened = post.ideaIndex() != null ? DEMO.ideas().get(post.ideaIndex()).createdAt()
                    : DEMO.threads().get(post.threadIndex()).createdAt();
            assertThat(post.createdAt()).isBetween(opened, END);
            assertThat(post.language()).isEqualTo(post.ideaIndex() != null ? DEMO.ideas().get(post.ideaIndex()).language()
                    : DEMO.threads().get(post.threadIndex()).language());
            assertThat(DEMO.members().get(post.authorIndex()).joinedAt()).isBeforeOrEqualTo(post.createdAt());
            int depth = 0;
            for (Integer parent = post.parentPostIndex(); parent != null; parent = posts.get(parent).parentPostIndex()) {
                depth++;
            }
            maxDepth = Math.max(maxDepth, depth);
            if (post.parentPostIndex() != null) {
                PostSeed parent = posts.get(post.parentPostIndex());
                assertThat(post.parentPostIndex()).isLessThan(p);
                assertThat(parent.ideaIndex()).isEqualTo(post.ideaIndex());
                assertThat(parent.threadIndex()).isEqualTo(post.threadIndex());
                assertThat(parent.createdAt()).isBeforeOrEqualTo(post.createdAt());
            }
        }
        assertThat(maxDepth).isBetween(3, 4);
        assertThat(posts).anyMatch(p -> p.authorIndex() == 1 || p.authorIndex() == 3);
        assertThat(posts).extracting(PostSeed::language).contains("nl", "en");
    }

    @Test
    void threadsAreInEveryTopic() {
        assertThat(DEMO.threads()).extracting(DemoCommunity.StandaloneThread::topicSlug).containsAll(
                DemoCommunity.TOPICS.stream().map(DemoCommunity.TopicSeed::slug).toList());
        assertThat(DEMO.threads()).allSatisfy(t -> assertThat(t.createdAt()).isBetween(START, END));
        assertThat(DEMO.threads()).extracting(t -> t.language() + t.title()).doesNotHaveDuplicates();
    }

    @Test
    void likesAreUniqueAndNeverOfOnesOwnPost() {
        Set<Long> pairs = new HashSet<>();
        assertThat(DEMO.likes()).allSatisfy(l -> {
            PostSeed post = DEMO.posts().get(l.postIndex());
            assertThat(l.memberIndex()).isNotEqualTo(post.authorIndex());
            assertThat(l.at()).isBetween(post.createdAt(), END);
            assertThat(pairs.add(((long) l.memberIndex() << 32) | l.postIndex())).isTrue();
        });
    }

    @Test
    void noPlaceholderIsLeftInAnyText() {
        Stream<String> texts = Stream.of(DEMO.ideas().stream().flatMap(i -> Stream.of(i.title(), i.body())),
                DEMO.posts().stream().map(PostSeed::body),
                DEMO.threads().stream().map(DemoCommunity.StandaloneThread::title),
                DEMO.members().stream().map(DemoCommunity.MemberSeed::displayName)).flatMap(s -> s);
        assertThat(texts).noneMatch(t -> t.contains("{") || t.contains("}") || t.isBlank());
    }

    @Test
    void depositsRiseAfterTheNewsAndDarkModeFades() {
        assertThat(inLastFourMonths("statiegeld")).isGreaterThan(2 * inFirstFourMonths("statiegeld"));
        assertThat(inFirstFourMonths("dark-mode")).isGreaterThan(3 * inLastFourMonths("dark-mode"));
        assertThat(inLastFourMonths("vegan")).isGreaterThan(inFirstFourMonths("vegan"));
    }

    @Test
    void plasticInFreshProduceSpikesWhileItsChallengeIsOpen() {
        var challenge = DEMO.challenges().get(0);
        double days = Duration.between(challenge.opensAt(), challenge.closesAt()).toDays();
        long inside = DEMO.ideas().stream().filter(i -> i.tags().contains("plastic") && challenge.isOpenAt(i.createdAt()))
                .count();
        long all = DEMO.ideas().stream().filter(i -> i.tags().contains("plastic")).count();
        assertThat(inside / days).isGreaterThan(3 * (all - inside) / (365 - days));
    }

    private static long inFirstFourMonths(String tag) {
        return DEMO.ideas().stream().filter(i -> i.tags().contains(tag) && i.createdAt().isBefore(START.plus(Duration.ofDays(122))))
                .count();
    }

    private static long inLastFourMonths(String tag) {
        return DEMO.ideas().stream().filter(i -> i.tags().contains(tag) && i.createdAt().isAfter(END.minus(Duration.ofDays(122))))
                .count();
    }

    @Test
    void everythingTheDemoWritesMeetsTheMembersRules() {
        // DemoStore stores the demo through the members' own methods: one refused write would stop the seeding.
        for (IdeaSeed idea : DEMO.ideas()) {
            assertThatCode(() -> new IdeaDraft(idea.title(), idea.body(), idea.tags(), idea.topicSlug(), null,
                    idea.language()).checkNew().orThrow()).as(idea.title()).doesNotThrowAnyException();
        }
        for (PostSeed post : DEMO.posts()) {
            assertThatCode(() -> PostRules.checkBody(InvalidInput.check(), post.body()).orThrow())
                    .as(post.body()).doesNotThrowAnyException();
        }
        assertThat(DEMO.threads()).allSatisfy(thread -> assertThat(thread.title().strip().length()).isBetween(5, 140));
    }
}
