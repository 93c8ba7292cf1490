package org.kring.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.kring.demo.DemoCommunity.ChallengeSeed;
import org.kring.demo.DemoCommunity.IdeaSeed;
import org.kring.demo.DemoCommunity.LikeSeed;
import org.kring.demo.DemoCommunity.MemberSeed;
import org.kring.demo.DemoCommunity.PostSeed;
import org.kring.demo.DemoCommunity.Size;
import org.kring.demo.DemoCommunity.StandaloneThread;
import org.kring.demo.DemoCommunity.VoteSeed;
import org.kring.demo.DemoPhrases.NameGroup;
import org.kring.demo.DemoPhrases.Phrases;
import org.kring.demo.DemoPhrases.Province;
import org.kring.demo.DemoThemes.ChallengeText;
import org.kring.demo.DemoThemes.Day;
import org.kring.demo.DemoThemes.Theme;

/** Builds one {@link DemoCommunity}: members, challenges, ideas, votes, statuses, threads, posts and likes, in that order. */
final class DemoGenerator {

    private static final int DAYS = 365;
    private static final int MODERATOR = 1;
    private static final int ADMIN = 3;
    private static final int MAX_DEPTH = 4;
    private static final String[] MOVED = {"UNDER_REVIEW", "PLANNED", "IN_PROGRESS", "DONE", "DECLINED"};
    private static final double[] MOVED_WHEN_YOUNG = {6, 2, 1, 0.3, 1};
    private static final double[] MOVED_WHEN_OLD = {1.5, 2, 2, 3, 2};
    /** Ideas and threads by hour of the day: few at night, most in the evening. */
    private static final double[] HOURS = {0.2, 0.1, 0.05, 0.05, 0.05, 0.1, 0.4, 1, 1.5, 1.8, 2, 2, 2.2, 2, 1.8, 1.8, 1.9,
        2, 2.4, 3, 3.2, 3, 2, 0.8};
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final SplittableRandom random;
    private final Instant end;
    private final Instant start;
    private final Size size;
    private final List<Day> days = new ArrayList<>();

    private final List<MemberSeed> members = new ArrayList<>();
    private boolean[] english;
    private String[] cities;
    private Instant[] joined;
    private double[] activityAll;
    private double[] activityNl;
    private double[] activityEn;

    private final List<ChallengeSeed> challenges = new ArrayList<>();
    private final List<IdeaDraft> ideas = new ArrayList<>();
    private final List<VoteSeed> votes = new ArrayList<>();
    private int[] voteCounts;
    private final List<StandaloneThread> threads = new ArrayList<>();
    private final List<PostDraft> posts = new ArrayList<>();
    private double[] sortedAppeal;

    /** An idea with what the text was made of, and how much attention it draws. */
    private record IdeaDraft(IdeaSeed seed, Theme theme, String item, double popularity) {
    }

    /** A post before the posts are sorted by time: parent is an index into the unsorted list, or -1. */
    private record PostDraft(Integer ideaIndex, Integer threadIndex, int parent, int depth, int author, String body,
            String language, Instant at, double appeal) {
    }

    DemoGenerator(long seed, Instant end, Size size) {
        this.random = new SplittableRandom(seed);
        this.end = end;
        this.start = end.minus(Duration.ofDays(DAYS));
        this.size = size;
    }

    DemoCommunity generate() {
        challenges();
        members();
        ideas();
        votes();
        statuses();
        threads();
        posts();
        List<PostSeed> sortedPosts = sortedPosts();
        List<LikeSeed> likes = likes(sortedPosts);
        return new DemoCommunity(members, challenges, ideas.stream().map(IdeaDraft::seed).toList(), votes, threads,
                sortedPosts, likes);
    }

    private Instant dayStart(int day) {
        return start.plus(Duration.ofDays(day));
    }

    private void challenges() {
        for (ChallengeText c : DemoThemes.CHALLENGES) {
            challenges.add(new ChallengeSeed(c.topicSlug(), c.titleNl(), c.titleEn(), c.descriptionNl(), c.descriptionEn(),
                    dayStart(c.opensOnDay()), dayStart(c.closesOnDay())));
        }
        for (int d = 0; d < DAYS; d++) {
            int open = 0;
            for (int c = 0; c < DemoThemes.CHALLENGES.size(); c++) {
                ChallengeText text = DemoThemes.CHALLENGES.get(c);
                open |= d >= text.opensOnDay() && d < text.closesOnDay() ? 1 << c : 0;
            }
            days.add(new Day(d, dayStart(d).plus(Duration.ofHours(12)).atZone(ZONE).getMonthValue(), open));
        }
    }

    // ---- members ----

    private record Person(String name, boolean english, String ageBand, String region, String customerType,
            String city, Instant joinedAt, double activity) {
    }

    private void members() {
        Set<String> names = new HashSet<>();
        DemoCommunity.STAFF.forEach(s -> names.add(s.displayName()));
        List<Person> people = new ArrayList<>();
        double[] groupWeights = DemoPhrases.NAMES.stream().mapToDouble(NameGroup::weight).toArray();
        double[] provinceWeights = DemoPhrases.PROVINCES.stream().mapToDouble(Province::weight).toArray();
        for (int i = 0; i < size.consumers(); i++) {
            NameGroup group = DemoPhrases.NAMES.get(weighted(groupWeights));
            String name = displayName(group);
            for (int tries = 0; !names.add(name) && tries < 50; tries++) {
                name = displayName(group);
            }
            Province province = DemoPhrases.PROVINCES.get(weighted(provinceWeights));
            String region = random.nextDouble() < 0.15 ? null : province.name();
            String ageBand = random.nextDouble() < 0.2 ? null : DemoCommunity.AGE_BANDS.get(weighted(DemoPhrases.AGE_WEIGHTS));
            double type = random.nextDouble();
            String customerType = type < 0.25 ? null : type < 0.30 ? "business" : "consumer";
            long joinSeconds = random.nextDouble() < 0.35
                    ? random.nextLong(Duration.ofDays(14).toSeconds())
                    : (long) (Duration.ofDays(DAYS - 1).toSeconds() * Math.sqrt(random.nextDouble()));
            people.add(new Person(name, random.nextDouble() < group.english(), ageBand, region, customerType,
                    pick(province.cities()), start.plusSeconds(joinSeconds), Math.exp(1.1 * random.nextGaussian())));
        }
        people.sort(Comparator.comparing(Person::joinedAt));
        int n = DemoCommunity.STAFF.size() + people.size();
        english = new boolean[n];
        cities = new String[n];
        joined = new Instant[n];
        activityAll = new double[n];
        for (int i = 0; i < DemoCommunity.STAFF.size(); i++) {
            MemberSeed s = DemoCommunity.STAFF.get(i);
            members.add(new MemberSeed(s.email(), s.displayName(), s.role(), s.ageBand(), s.region(), s.customerType(), start));
            cities[i] = "Utrecht";
            joined[i] = start;
            activityAll[i] = s.role().equals("MEMBER") ? 3 : 0;
        }
        for (Person p : people) {
            int i = members.size();
            members.add(new MemberSeed("lid" + (i - DemoCommunity.STAFF.size() + 1) + "@kring.demo", p.name(), "MEMBER",
                    p.ageBand(), p.region(), p.customerType(), p.joinedAt()));
            english[i] = p.english();
            cities[i] = p.city();
            joined[i] = p.joinedAt();
            activityAll[i] = p.activity();
        }
        activityNl = IntStream.range(0, n).mapToDouble(i -> english[i] ? 0 : activityAll[i]).toArray();
        activityEn = IntStream.range(0, n).mapToDouble(i -> english[i] ? activityAll[i] : 0).toArray();
        activityAll = cumulative(activityAll);
        activityNl = cumulative(activityNl);
        activityEn = cumulative(activityEn);
    }

    private String displayName(NameGroup group) {
        String first = pick(group.first());
        String last = pick(group.last());
        double style = random.nextDouble();
        if (style < 0.2) {
            String[] words = last.split(" ");
            return first + " " + words[words.length - 1].charAt(0) + ".";
        }
        return style < 0.25 ? first + " uit " + pick(pick(DemoPhrases.PROVINCES).cities()) : first + " " + last;
    }

    /**
     * A member who had joined at {@code at}, by activity: with chance {@code bias} one who writes in
     * {@code language}. Never the moderator, analyst or admin.
     */
    private int member(Instant at, String language, double bias) {
        int eligible = upperBound(joined, at);
        double[] cumulative = random.nextDouble() < bias ? (language.equals("nl") ? activityNl : activityEn) : activityAll;
        if (cumulative[eligible] <= 0) {
            cumulative = activityAll;
        }
        return find(cumulative, random.nextDouble() * cumulative[eligible]);
    }

    private String city(int member) {
        return cities[member] != null ? cities[member] : pick(pick(DemoPhrases.PROVINCES).cities());
    }

    // ---- ideas ----

    private void ideas() {
        List<Theme> themes = DemoThemes.THEMES;
        double[] weights = new double[themes.size() * DAYS];
        for (int t = 0; t < themes.size(); t++) {
            for (Day day : days) {
                weights[t * DAYS + day.index()] = themes.get(t).curve().weight(day) * growth(day.index());
            }
        }
        double[] cumulative = cumulative(weights);
        Set<String> titles = new HashSet<>();
        for (int attempt = 0; ideas.size() < size.ideas() && attempt < size.ideas() * 20; attempt++) {
            int drawn = find(cumulative, random.nextDouble() * cumulative[weights.length]);
            IdeaDraft idea = idea(themes.get(drawn / DAYS), drawn % DAYS, titles);
            if (idea != null) {
                ideas.add(idea);
            }
        }
        ideas.sort(Comparator.comparing(i -> i.seed().createdAt()));
    }

    /** The community grows: a bit more activity towards the end. */
    private static double growth(int day) {
        return 0.7 + 0.6 * day / (DAYS - 1.0);
    }

    /** An idea of the theme on the day, or null when no title of it is left that is not taken. */
    private IdeaDraft idea(Theme theme, int day, Set<String> titles) {
        Instant at = moment(day);
        String language = random.nextDouble() < 0.7 ? "nl" : "en";
        DemoThemes.Wording w = theme.wording(language);
        String item = null;
        String title = null;
        for (int tries = 0; tries < 12 && title == null; tries++) {
            item = pick(w.items());
            String candidate = fill(pick(w.titles()), item, "");
            if (candidate.length() >= 5 && candidate.length() <= 140 && !titles.contains(language + candidate)) {
                title = candidate;
            }
        }
        if (title == null) {
            return null;
        }
        titles.add(language + title);
        int author = member(at, language, 0.9);
        String body = body(language, w, item, city(author));
        Integer challenge = null;
        for (int c = 0; c < challenges.size(); c++) {
            ChallengeSeed ch = challenges.get(c);
            if (ch.topicSlug().equals(theme.topicSlug()) && ch.isOpenAt(at)
                    && random.nextDouble() < (theme.challenge() == c ? 0.85 : 0.15)) {
                challenge = c;
            }
        }
        double popularity = Math.exp(random.nextGaussian()) * theme.appeal() * (challenge != null ? 1.3 : 1);
        return new IdeaDraft(new IdeaSeed(theme.topicSlug(), author, title, body, language, at, tags(theme), challenge,
                "NEW"), theme, item, popularity);
    }

    private Instant moment(int day) {
        Instant at = dayStart(day).plusSeconds(weighted(HOURS) * 3600L + random.nextInt(3600));
        return at.isAfter(end) ? end : at;
    }

    private String body(String language, DemoThemes.Wording w, String item, String city) {
        List<String> paragraphs = new ArrayList<>();
        String problem = fill(pick(w.problems()), item, city);
        paragraphs.add(random.nextDouble() < 0.35 ? fill(pick(DemoPhrases.PERSONAL.in(language)), item, city) + " " + problem
                : problem);
        String proposal = fill(pick(w.proposals()), item, city);
        if (random.nextDouble() < 0.18) {
            proposal = pick(DemoPhrases.BOLD_LABELS.in(language)) + " " + proposal;
        }
        paragraphs.add(proposal);
        if (random.nextDouble() < 0.35) {
            List<String> bullets = new ArrayList<>(w.bullets());
            StringBuilder list = new StringBuilder(pick(DemoPhrases.LIST_INTROS.in(language))).append('\n');
            for (int b = 2 + random.nextInt(Math.min(3, bullets.size() - 1)); b > 0; b--) {
                list.append("\n- ").append(fill(bullets.remove(random.nextInt(bullets.size())), item, city));
            }
            paragraphs.add(list.toString());
        }
        if (random.nextDouble() < 0.6) {
            paragraphs.add(pick(DemoPhrases.CLOSERS.in(language)));
        }
        return String.join("\n\n", paragraphs);
    }

    private List<String> tags(Theme theme) {
        if (random.nextDouble() < 0.1) {
            return List.of();
        }
        List<String> tags = new ArrayList<>(List.of(theme.tags().get(0)));
        theme.tags().stream().skip(1).filter(t -> random.nextDouble() < 0.35).limit(4).forEach(tags::add);
        return List.copyOf(tags);
    }

    static String fill(String template, String item, String city) {
        String capital = item.isEmpty() ? item : Character.toUpperCase(item.charAt(0)) + item.substring(1);
        return template.replace("{x}", item).replace("{X}", capital).replace("{city}", city);
    }

    // ---- votes and statuses ----

    private void votes() {
        voteCounts = new int[ideas.size()];
        double total = ideas.stream().mapToDouble(i -> attention(i)).sum();
        int extra = Math.max(0, size.votes() - ideas.size());
        for (int i = 0; i < ideas.size(); i++) {
            IdeaSeed idea = ideas.get(i).seed();
            BitSet voted = new BitSet();
            voted.set(idea.authorIndex());
            votes.add(new VoteSeed(idea.authorIndex(), i, idea.createdAt()));
            for (int v = rounded(extra * attention(ideas.get(i)) / total); v > 0; v--) {
                for (int tries = 0; tries < 20; tries++) {
                    Instant at = later(idea.createdAt(), random.nextDouble() < 0.8
                            ? exponential(Duration.ofDays(3)) : Duration.ofDays(random.nextInt(DAYS)));
                    int m = member(at, idea.language(), 0.5);
                    if (!voted.get(m)) {
                        voted.set(m);
                        votes.add(new VoteSeed(m, i, at));
                        break;
                    }
                }
            }
            voteCounts[i] = voted.cardinality();
        }
        votes.sort(Comparator.comparing(VoteSeed::at));
    }

    /** Popularity, less for ideas that had little time to draw votes. */
    private double attention(IdeaDraft idea) {
        return idea.popularity() * (0.25 + 0.75 * Math.min(1, ageDays(idea.seed().createdAt()) / 40));
    }

    private double ageDays(Instant at) {
        return Duration.between(at, end).toSeconds() / 86_400.0;
    }

    /** Older and more popular ideas are more likely to have moved on from NEW. */
    private void statuses() {
        for (int i = 0; i < ideas.size(); i++) {
            IdeaDraft draft = ideas.get(i);
            IdeaSeed s = draft.seed();
            double age = ageDays(s.createdAt());
            double moved = Math.min(0.9, 0.03 + 0.5 * age / DAYS + 0.3 * Math.min(1, voteCounts[i] / 25.0));
            if (age > 2 && random.nextDouble() < moved) {
                double old = Math.min(1, age / 240);
                double[] weights = new double[MOVED.length];
                for (int k = 0; k < MOVED.length; k++) {
                    weights[k] = MOVED_WHEN_YOUNG[k] * (1 - old) + MOVED_WHEN_OLD[k] * old;
                }
                ideas.set(i, new IdeaDraft(new IdeaSeed(s.topicSlug(), s.authorIndex(), s.title(), s.body(), s.language(),
                        s.createdAt(), s.tags(), s.challengeIndex(), MOVED[weighted(weights)]), draft.theme(), draft.item(),
                        draft.popularity()));
            }
        }
    }

    // ---- threads and posts ----

    private void threads() {
        double[] growth = cumulative(IntStream.range(0, DAYS).mapToDouble(DemoGenerator::growth).toArray());
        Set<String> titles = new HashSet<>();
        for (var topic : DemoCommunity.TOPICS) {
            Phrases phrases = DemoPhrases.THREAD_TITLES.get(topic.slug());
            for (int k = 0; k < size.threadsPerTopic(); k++) {
                Instant at = moment(find(growth, random.nextDouble() * growth[DAYS]));
                for (int tries = 0; tries < 20; tries++) {
                    String language = random.nextDouble() < 0.7 ? "nl" : "en";
                    int author = member(at, language, 0.9);
                    String title = fill(pick(phrases.in(language)), "", city(author));
                    if (titles.add(language + title)) {
                        threads.add(new StandaloneThread(topic.slug(), author, title, language, at));
                        break;
                    }
                }
            }
        }
        threads.sort(Comparator.comparing(StandaloneThread::createdAt));
    }

    private void posts() {
        double average = ideas.stream().mapToDouble(IdeaDraft::popularity).average().orElse(1);
        long answers = ideas.stream().filter(i -> !i.seed().status().equals("NEW")).count();
        int replies = (int) Math.max(0, size.posts() - threads.size() - answers);
        double total = ideas.stream().mapToDouble(this::attention).sum() + threads.size() * average * 1.2;
        for (int i = 0; i < ideas.size(); i++) {
            IdeaDraft idea = ideas.get(i);
            discussion(i, null, idea.seed().language(), idea.seed().createdAt(), idea.seed().authorIndex(), idea.theme(),
                    idea.item(), idea.popularity(), rounded(replies * attention(idea) / total), idea.seed().status());
        }
        for (int t = 0; t < threads.size(); t++) {
            StandaloneThread thread = threads.get(t);
            List<Theme> themes = DemoThemes.THEMES.stream().filter(th -> th.topicSlug().equals(thread.topicSlug())).toList();
            Theme theme = pick(themes);
            discussion(null, t, thread.language(), thread.createdAt(), thread.authorIndex(), theme,
                    pick(theme.wording(thread.language()).items()), average, rounded(replies * average * 1.2 / total), null);
        }
    }

    /** One discussion: a thread's opening post, a staff answer when the idea moved on, then the replies. */
    private void discussion(Integer ideaIndex, Integer threadIndex, String language, Instant base, int owner, Theme theme,
            String item, double appeal, int replies, String status) {
        int first = posts.size();
        if (threadIndex != null) {
            String body = fill(pick(DemoPhrases.THREAD_INTROS.in(language)) + " "
                    + pick(DemoPhrases.THREAD_QUESTIONS.in(language)), item, city(owner));
            posts.add(new PostDraft(ideaIndex, threadIndex, -1, 0, owner, body, language, base, appeal));
        }
        if (status != null && !status.equals("NEW")) {
            Instant at = base.plusSeconds((long) (random.nextDouble(0.2, 1)
                    * Math.min(Duration.between(base, end).toSeconds(), Duration.ofDays(40).toSeconds())));
            String header = language.equals("nl") ? DemoPhrases.STAFF_HEADER_NL : DemoPhrases.STAFF_HEADER_EN;
            String answer = header + "\n\n" + pick(DemoPhrases.STAFF_ANSWERS.get(status).in(language));
            posts.add(new PostDraft(ideaIndex, threadIndex, -1, 0, random.nextBoolean() ? MODERATOR : ADMIN, answer,
                    language, at, appeal * 2));
        }
        Set<String> said = new HashSet<>();
        int ownerReplyCount = 0;
        for (int r = 0; r < replies; r++) {
            int count = posts.size() - first;
            int parent = -1;
            if (count > 0 && random.nextDouble() < (threadIndex != null ? 0.7 : 0.5)) {
                int candidate = first + Math.max(0, count - 1 - (int) (-2 * Math.log(1 - random.nextDouble())));
                parent = posts.get(candidate).depth() < MAX_DEPTH ? candidate : -1;
            }
            PostDraft to = parent >= 0 ? posts.get(parent) : null;
            Instant at = later(to != null ? to.at() : base, random.nextDouble() < 0.6
                    ? exponential(Duration.ofHours(5)) : exponential(Duration.ofDays(3)));
            boolean ownerReplies = to != null && to.author() != owner && ownerReplyCount < 2 && random.nextDouble() < 0.3;
            int author = ownerReplies ? owner : member(at, language, 0.8);
            if (to != null && author == to.author()) {
                author = member(at, language, 0.8);
            }
            String body = ownerReplies ? fresh(DemoPhrases.AUTHOR_REPLIES.in(language), item, city(author), said)
                    : reply(language, theme, item, city(author), to, said);
            ownerReplyCount += ownerReplies ? 1 : 0;
            posts.add(new PostDraft(ideaIndex, threadIndex, parent, to != null ? to.depth() + 1 : 0, author, body,
                    language, at, appeal));
        }
    }

    private String reply(String language, Theme theme, String item, String city, PostDraft to, Set<String> said) {
        List<String> comments = theme.wording(language).comments();
        String opener = pick(DemoPhrases.OPENERS.in(language));
        double r = random.nextDouble();
        if (to == null) {
            return r < 0.4 ? fresh(comments, item, city, said) : r < 0.7 ? opener + " " + fresh(comments, item, city, said)
                    : fresh(DemoPhrases.COMMENTS.in(language), item, city, said);
        }
        if (r < 0.3) {
            return "@" + members.get(to.author()).displayName().split(" ")[0] + " "
                    + fresh(DemoPhrases.REPLIES.in(language), item, city, said);
        }
        return r < 0.65 ? fresh(DemoPhrases.REPLIES.in(language), item, city, said)
                : r < 0.85 ? fresh(comments, item, city, said) : opener + " " + fresh(comments, item, city, said);
    }

    /** One of the phrases, filled, preferably one not yet said in this discussion. */
    private String fresh(List<String> phrases, String item, String city, Set<String> said) {
        String phrase = pick(phrases);
        for (int tries = 0; tries < 8 && said.contains(phrase); tries++) {
            phrase = pick(phrases);
        }
        said.add(phrase);
        return fill(phrase, item, city);
    }

    /** The posts sorted by time (stable, so a parent at the same moment stays first), with their parents renumbered. */
    private List<PostSeed> sortedPosts() {
        Integer[] order = IntStream.range(0, posts.size()).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparing(i -> posts.get(i).at()));
        int[] position = new int[posts.size()];
        for (int p = 0; p < order.length; p++) {
            position[order[p]] = p;
        }
        List<PostSeed> sorted = new ArrayList<>();
        sortedAppeal = new double[posts.size()];
        for (int old : order) {
            PostDraft d = posts.get(old);
            sortedAppeal[sorted.size()] = d.appeal();
            sorted.add(new PostSeed(d.ideaIndex(), d.threadIndex(), d.parent() < 0 ? null : position[d.parent()], d.author(),
                    d.body(), d.language(), d.at()));
        }
        return sorted;
    }

    private List<LikeSeed> likes(List<PostSeed> sorted) {
        double[] weights = new double[sorted.size()];
        for (int p = 0; p < sorted.size(); p++) {
            PostSeed s = sorted.get(p);
            boolean staff = s.authorIndex() == MODERATOR || s.authorIndex() == ADMIN;
            weights[p] = (s.parentPostIndex() == null ? 1.5 : 1) * (staff ? 3 : 1) * Math.sqrt(sortedAppeal[p])
                    * Math.exp(0.6 * random.nextGaussian());
        }
        double[] cumulative = cumulative(weights);
        Set<Long> liked = new HashSet<>();
        List<LikeSeed> likes = new ArrayList<>();
        for (int k = 0; k < size.likes(); k++) {
            for (int tries = 0; tries < 10; tries++) {
                int p = find(cumulative, random.nextDouble() * cumulative[weights.length]);
                PostSeed post = sorted.get(p);
                Instant at = later(post.createdAt(), exponential(Duration.ofDays(2)));
                int m = member(at, post.language(), 0.6);
                if (m != post.authorIndex() && liked.add(((long) m << 32) | p)) {
                    likes.add(new LikeSeed(m, p, at));
                    break;
                }
            }
        }
        likes.sort(Comparator.comparing(LikeSeed::at));
        return likes;
    }

    // ---- random helpers ----

    /** {@code from} plus the delay, or a moment between {@code from} and the end when that would be after it. */
    private Instant later(Instant from, Duration delay) {
        Instant at = from.plus(delay).plusSeconds(60);
        if (!at.isAfter(end)) {
            return at;
        }
        long room = Duration.between(from, end).toSeconds();
        return room <= 0 ? from : from.plusSeconds(random.nextLong(room + 1));
    }

    private Duration exponential(Duration mean) {
        return Duration.ofSeconds((long) (-mean.toSeconds() * Math.log(1 - random.nextDouble())));
    }

    /** The whole part of x, plus one with the chance of its fraction. */
    private int rounded(double x) {
        int whole = (int) Math.floor(x);
        return whole + (random.nextDouble() < x - whole ? 1 : 0);
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private int weighted(double[] weights) {
        double[] cumulative = cumulative(weights);
        return find(cumulative, random.nextDouble() * cumulative[weights.length]);
    }

    /** Prefix sums: result[i] is the sum of the first i weights. */
    private static double[] cumulative(double[] weights) {
        double[] sums = new double[weights.length + 1];
        for (int i = 0; i < weights.length; i++) {
            sums[i + 1] = sums[i] + weights[i];
        }
        return sums;
    }

    /** The index i with cumulative[i] <= r < cumulative[i + 1], for 0 <= r < the total. */
    private static int find(double[] cumulative, double r) {
        int lo = 0;
        int hi = cumulative.length - 2;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid + 1] > r) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** How many of the sorted instants are at or before {@code at}. */
    private static int upperBound(Instant[] sorted, Instant at) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid].isAfter(at)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
