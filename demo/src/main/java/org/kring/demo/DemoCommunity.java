package org.kring.demo;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A deterministic demo community of a Dutch supermarket over the year before an end date: topics, two challenges,
 * members, ideas, votes, standalone threads, posts and likes. The same seed and end always give equal data
 * ({@link java.util.SplittableRandom}, never the clock). Pure data, no database: {@link DemoSeeder} stores it.
 * Everything refers to other records by their index in this community's lists; every list is sorted by time.
 * The themes that rise and fall over the year are described in {@link DemoThemes}.
 */
public final class DemoCommunity {

    public record TopicSeed(String slug, String nameNl, String nameEn, String descriptionNl, String descriptionEn) {
    }

    /**
     * A member. The profile attributes are optional (null when the member left them empty): {@code ageBand} is one
     * of {@link #AGE_BANDS}, {@code region} a Dutch province, {@code customerType} "consumer" or "business".
     * {@code joinedAt} is null only in {@link #STAFF}; in {@link #members()} the demo logins joined at the start.
     */
    public record MemberSeed(String email, String displayName, String role, String ageBand, String region,
            String customerType, Instant joinedAt) {
    }

    /** A time-boxed question inside a topic; ideas created while it is open may answer it. */
    public record ChallengeSeed(String topicSlug, String titleNl, String titleEn, String descriptionNl,
            String descriptionEn, Instant opensAt, Instant closesAt) {

        public boolean isOpenAt(Instant at) {
            return !at.isBefore(opensAt) && at.isBefore(closesAt);
        }
    }

    /**
     * An idea: a Markdown body, 0 to 5 lowercase tags, "nl" or "en", the index of the challenge it answers (or
     * null) and a status that is the name of an {@code org.kring.ideas.entity.Idea.Status}.
     */
    public record IdeaSeed(String topicSlug, int authorIndex, String title, String body, String language,
            Instant createdAt, List<String> tags, Integer challengeIndex, String status) {
    }

    /** A discussion thread of its own in a topic, not about an idea; its first post is the opening post. */
    public record StandaloneThread(String topicSlug, int authorIndex, String title, String language, Instant createdAt) {
    }

    /**
     * A post in the discussion of an idea ({@code ideaIndex}) or of a standalone thread ({@code threadIndex}): exactly
     * one of the two is set. {@code parentPostIndex} is null for a top-level post, else an earlier post of the same
     * discussion that is not newer than this one.
     */
    public record PostSeed(Integer ideaIndex, Integer threadIndex, Integer parentPostIndex, int authorIndex,
            String body, String language, Instant createdAt) {
    }

    /** One member's vote for an idea; every idea has its author's vote. */
    public record VoteSeed(int memberIndex, int ideaIndex, Instant at) {
    }

    /** One member's like of a post (never their own). */
    public record LikeSeed(int memberIndex, int postIndex, Instant at) {
    }

    /** How much to generate; {@link #DEFAULT} is the demo, {@link #scaled(double)} a smaller one for tests. */
    public record Size(int consumers, int ideas, int votes, int posts, int likes, int threadsPerTopic) {

        public static final Size DEFAULT = new Size(296, 520, 5_800, 2_300, 3_600, 20);

        public static Size scaled(double factor) {
            return new Size(Math.max(20, (int) (DEFAULT.consumers * factor)), Math.max(12, (int) (DEFAULT.ideas * factor)),
                    (int) (DEFAULT.votes * factor), (int) (DEFAULT.posts * factor), (int) (DEFAULT.likes * factor),
                    Math.max(1, (int) Math.round(DEFAULT.threadsPerTopic * factor)));
        }
    }

    public static final List<String> AGE_BANDS = List.of("18-24", "25-34", "35-44", "45-54", "55-64", "65+");

    public static final List<TopicSeed> TOPICS = List.of(
            new TopicSeed("verpakking", "Verpakking", "Packaging",
                    "Minder plastic, handiger openen, beter bewaren.", "Less plastic, easier to open, keeps food fresh."),
            new TopicSeed("duurzaamheid", "Duurzaamheid", "Sustainability",
                    "Van lokale boeren tot minder voedselverspilling.", "From local farmers to less food waste."),
            new TopicSeed("app-webshop", "App & webshop", "App & web shop",
                    "Boodschappenlijst, bezorgen en afhalen, de app.", "Shopping list, delivery and pick-up, the app."),
            new TopicSeed("in-de-winkel", "In de winkel", "In the store",
                    "Kassa's, indeling, personeel en openingstijden.", "Checkouts, layout, staff and opening hours."),
            new TopicSeed("assortiment", "Assortiment", "Product range",
                    "Nieuwe producten, huismerk, dieetwensen.", "New products, own brand, dietary needs."),
            new TopicSeed("klantenservice", "Klantenservice", "Customer service",
                    "Retouren, bonuskaart en contact met ons.", "Returns, loyalty card and getting in touch."));

    /**
     * The demo logins, one per role and a moderator limited to a topic ({@link #MODERATOR_TOPICS}); README lists them.
     * They are the first members of every community (the limited moderator last, so the others keep their places).
     */
    public static final List<MemberSeed> STAFF = List.of(
            new MemberSeed("member@kring.demo", "Sanne de Vries", "MEMBER", "25-34", "Utrecht", "consumer", null),
            new MemberSeed("moderator@kring.demo", "Moderator Mo", "MODERATOR", null, null, null, null),
            new MemberSeed("analyst@kring.demo", "Analist Anouk", "ANALYST", null, null, null, null),
            new MemberSeed("admin@kring.demo", "Admin Arjen", "ADMIN", null, null, null, null),
            new MemberSeed("moderator.verpakking@kring.demo", "Moderator Merel", "MODERATOR", null, null, null, null));

    /** The demo moderators limited to topics (by e-mail: topic slugs), so that trying Kring shows that feature. */
    public static final Map<String, List<String>> MODERATOR_TOPICS = Map.of("moderator.verpakking@kring.demo", List.of("verpakking"));

    public static final String DEMO_PASSWORD = "kring-demo";

    private final List<MemberSeed> members;
    private final List<ChallengeSeed> challenges;
    private final List<IdeaSeed> ideas;
    private final List<VoteSeed> votes;
    private final List<StandaloneThread> threads;
    private final List<PostSeed> posts;
    private final List<LikeSeed> likes;

    DemoCommunity(List<MemberSeed> members, List<ChallengeSeed> challenges, List<IdeaSeed> ideas, List<VoteSeed> votes,
            List<StandaloneThread> threads, List<PostSeed> posts, List<LikeSeed> likes) {
        this.members = List.copyOf(members);
        this.challenges = List.copyOf(challenges);
        this.ideas = List.copyOf(ideas);
        this.votes = List.copyOf(votes);
        this.threads = List.copyOf(threads);
        this.posts = List.copyOf(posts);
        this.likes = List.copyOf(likes);
    }

    /** The demo community: about 300 members, 520 ideas, 5,000+ votes, 2,000+ posts in the year before {@code end}. */
    public static DemoCommunity generate(long seed, Instant end) {
        return generate(seed, end, Size.DEFAULT);
    }

    /**
     * @param seed the same seed (and end) gives the same community
     * @param end  nothing happens after it; the community starts a year (365 days) before
     * @param size how many members, ideas, votes, posts, likes and threads (the counts are approximate for votes,
     *             posts and likes: a few that cannot be placed are left out)
     */
    public static DemoCommunity generate(long seed, Instant end, Size size) {
        return new DemoGenerator(seed, end, size).generate();
    }

    /** Whether a member is one of the demo logins in {@link #STAFF} (they are compared by email). */
    public static boolean isLogin(MemberSeed member) {
        return STAFF.stream().anyMatch(s -> s.email().equals(member.email()));
    }

    public List<MemberSeed> members() {
        return members;
    }

    public List<ChallengeSeed> challenges() {
        return challenges;
    }

    public List<IdeaSeed> ideas() {
        return ideas;
    }

    public List<VoteSeed> votes() {
        return votes;
    }

    public List<StandaloneThread> threads() {
        return threads;
    }

    public List<PostSeed> posts() {
        return posts;
    }

    public List<LikeSeed> likes() {
        return likes;
    }
}
