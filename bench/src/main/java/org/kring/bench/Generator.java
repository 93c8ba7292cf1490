package org.kring.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Fills Kring's PostgreSQL schema (made by Kring's own Flyway migrations) with a community of a given size,
 * deterministically from a seed, through COPY. Counters (vote_count, post_count, hot_score, last_post_at)
 * agree with the rows, as if members had done it all. Member 1 is an ADMIN; the first {@link Size#tokens()}
 * members have API tokens ({@link Env#token}).
 */
final class Generator {

    static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");
    static final Instant START = NOW.minus(Duration.ofDays(365));
    static final int BIG_THREAD_POSTS = 1_000;
    /** Every generated member's password: "kring-bench", hashed once (Kring's PBKDF2 format, fixed salt). */
    static final String PASSWORD_HASH = passwordHash("kring-bench");
    static final List<String> TOPICS = List.of("packaging", "delivery", "store", "app", "payment",
            "food", "sustainability", "service");
    private static final String[] STATUSES = {"NEW", "NEW", "NEW", "NEW", "UNDER_REVIEW", "PLANNED", "IN_PROGRESS", "DONE", "DECLINED"};

    private final Size size;
    private final SplittableRandom random;
    private final Progress progress;

    Generator(Size size, long seed) {
        this.size = size;
        this.random = new SplittableRandom(seed);
        this.progress = new Progress("generate", size.members() + size.ideas() + size.threads() + size.posts() + size.votes());
    }

    /** The idea whose thread has exactly {@value #BIG_THREAD_POSTS} posts (the idea page benchmark opens it). */
    static long bigThreadIdea() {
        return 1;
    }

    void run(Connection db) throws SQLException, IOException {
        db.setAutoCommit(false);
        try (Statement s = db.createStatement()) {
            s.execute("truncate auth_token, post_like, post_revision, post, discussion_thread, follow, vote, idea_tag, "
                    + "idea_revision, idea, challenge, topic, member, search_outbox cascade");
            // Generated rows are consistent by construction: skip the per-row foreign key triggers.
            s.execute("set session_replication_role = replica");
            s.execute("set synchronous_commit = off");
        }
        members(db);
        topics(db);
        int[] votes = voteCounts();
        int[] posts = postCounts();
        ideas(db, votes, posts);
        votes(db, votes);
        threads(db, posts);
        posts(db, posts);
        tokens(db);
        try (Statement s = db.createStatement()) {
            for (String[] seq : new String[][] {{"member_seq", "member"}, {"topic_seq", "topic"}, {"idea_seq", "idea"},
                    {"challenge_seq", "challenge"}, {"discussion_thread_seq", "discussion_thread"}, {"post_seq", "post"},
                    {"auth_token_seq", "auth_token"}}) {
                // EclipseLink takes 50 ids per nextval (the value and the 49 below it): start past the generated ids.
                s.execute("select setval('" + seq[0] + "', (coalesce((select max(id) from " + seq[1] + "), 0) / 50 + 2) * 50)");
            }
        }
        db.commit();
        db.setAutoCommit(true);
        try (Statement s = db.createStatement()) {
            s.execute("vacuum analyze");
        }
        progress.finish();
    }

    private void members(Connection db) throws SQLException, IOException {
        Copy copy = new Copy(db, "member (id, email, display_name, password_hash, role, created_at, age_band, region, customer_type)");
        String[] ages = {"18-24", "25-34", "35-44", "45-54", "55-64", "65+"};
        for (long id = 1; id <= size.members(); id++) {
            copy.row(id, id == 1 ? "admin@bench.kring" : "member" + id + "@bench.kring", "Member " + id, PASSWORD_HASH,
                    id == 1 ? "ADMIN" : "MEMBER", START.minus(Duration.ofDays(random.nextInt(700))),
                    ages[random.nextInt(ages.length)], null, null);
            progress.add(1);
        }
        copy.end();
    }

    private void topics(Connection db) throws SQLException, IOException {
        Copy topics = new Copy(db, "topic (id, slug, name_nl, name_en, description_nl, description_en, position)");
        for (int t = 0; t < TOPICS.size(); t++) {
            String slug = TOPICS.get(t);
            topics.row(t + 1, slug, slug, slug, "Over " + slug, "About " + slug, t);
        }
        topics.end();
        Copy challenges = new Copy(db, "challenge (id, topic_id, slug, title_nl, title_en, description_nl, description_en, "
                + "opens_at, closes_at, created_at)");
        for (int c = 1; c <= 4; c++) {
            Instant opens = START.plus(Duration.ofDays(80L * c));
            challenges.row(c, c, "challenge-" + c, "Uitdaging " + c, "Challenge " + c, "Uitdaging", "Challenge", opens,
                    opens.plus(Duration.ofDays(60)), opens);
        }
        challenges.end();
    }

    /** Votes per idea: Zipf-like popularity (exponent 0.7) over a shuffled order of ideas, at most one per member. */
    private int[] voteCounts() {
        int n = size.ideas();
        double[] weight = new double[n];
        double sum = 0;
        for (int r = 0; r < n; r++) {
            weight[r] = Math.pow(r + 1, -0.7);
            sum += weight[r];
        }
        int[] order = shuffled(n);
        int[] counts = new int[n];
        long left = size.votes();
        for (int r = 0; r < n; r++) {
            int c = (int) Math.min(size.members(), Math.max(1, Math.round(size.votes() * weight[r] / sum)));
            counts[order[r]] = (int) Math.min(c, Math.max(0, left));
            left -= counts[order[r]];
        }
        for (int i = 0; left > 0; i = (i + 1) % n) {
            if (counts[i] < size.members()) {
                counts[i]++;
                left--;
            }
        }
        return counts;
    }

    /** Posts per thread (ideas' threads first, then standalone ones); the first idea's thread has exactly 1,000. */
    private int[] postCounts() {
        int n = size.ideas() + size.threads();
        int[] counts = new int[n];
        counts[0] = BIG_THREAD_POSTS;
        long left = size.posts() - BIG_THREAD_POSTS;
        int[] order = shuffled(n);
        double[] weight = new double[n];
        double sum = 0;
        for (int r = 0; r < n; r++) {
            weight[r] = Math.pow(r + 1, -0.5);
            sum += weight[r];
        }
        long given = 0;
        for (int r = 0; r < n; r++) {
            int t = order[r];
            if (t == 0) {
                continue;
            }
            counts[t] = (int) Math.min(BIG_THREAD_POSTS - 1, Math.round(left * weight[r] / sum));
            given += counts[t];
        }
        for (int t = 1; given < left; t = t % (n - 1) + 1) {
            counts[t]++;
            given++;
        }
        for (int t = 1; given > left; t = t % (n - 1) + 1) {
            if (counts[t] > 0) {
                counts[t]--;
                given--;
            }
        }
        return counts;
    }

    private int[] shuffled(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int tmp = a[i];
            a[i] = a[j];
            a[j] = tmp;
        }
        return a;
    }

    /** Ideas are spread evenly over the year, oldest first (id order = time order). */
    static Instant ideaCreated(long id, int ideas) {
        return START.plusSeconds((long) ((double) (id - 1) / ideas * Duration.ofDays(360).toSeconds()));
    }

    static String language(long id) {
        return id % 5 < 3 ? "nl" : "en";
    }

    static long author(long id, int members) {
        return 1 + Math.floorMod(id * 7_919L, members);
    }

    private static int topic(long id) {
        return (int) (id % TOPICS.size()) + 1;
    }

    private void ideas(Connection db, int[] votes, int[] posts) throws SQLException, IOException {
        Copy ideas = new Copy(db, "idea (id, topic_id, author_id, title, body, language, status, vote_count, post_count, "
                + "created_at, updated_at, challenge_id, body_html, tags, moderation_state, hot_score, published_at)");
        // One COPY at a time per connection: the tags follow once the ideas are in.
        List<Object[]> tags = new ArrayList<>();
        for (int i = 0; i < size.ideas(); i++) {
            long id = i + 1;
            String language = language(id);
            Instant created = ideaCreated(id, size.ideas());
            String body = Words.text(language, 150 + random.nextInt(450), random);
            StringBuilder tagList = new StringBuilder();
            int tagCount = random.nextInt(4);
            for (int t = 0; t < tagCount; t++) {
                String tag = Words.word(Words.of(language), random);
                if (tagList.indexOf(tag) < 0) {
                    tags.add(new Object[] {tag, id});
                    tagList.append(tagList.isEmpty() ? "" : " ").append(tag);
                }
            }
            Long challenge = id % 10 == 0 ? (long) (1 + (id / 10) % 4) : null;
            double hot = Math.log10(votes[i] + 1) + created.getEpochSecond() / 45000.0;
            ideas.row(id, topic(id), author(id, size.members()), Words.title(language, random), body, language,
                    STATUSES[random.nextInt(STATUSES.length)], votes[i], posts[i], created, created, challenge,
                    "<p>" + body + "</p>", tagList, "PUBLISHED", hot, created); // published when posted: the response clock's start
            progress.add(1);
        }
        ideas.end();
        Copy tagCopy = new Copy(db, "idea_tag (tag, idea_id)");
        for (Object[] tag : tags) {
            tagCopy.row(tag);
        }
        tagCopy.end();
    }

    /** Idea i's voters: its author, then members at a fixed stride coprime to the member count (all distinct). */
    private void votes(Connection db, int[] votes) throws SQLException, IOException {
        Copy copy = new Copy(db, "vote (idea_id, member_id, created_at)");
        int m = size.members();
        for (int i = 0; i < size.ideas(); i++) {
            long id = i + 1;
            long first = author(id, m) - 1;
            long stride = stride(m);
            Instant created = ideaCreated(id, size.ideas());
            long span = Math.max(1, Duration.between(created, NOW).toSeconds());
            for (int k = 0; k < votes[i]; k++) {
                copy.row(id, 1 + (first + k * stride) % m, created.plusSeconds(k == 0 ? 0 : random.nextLong(span)));
            }
            progress.add(votes[i]);
        }
        copy.end();
    }

    private long stride(int m) {
        long s = 1 + random.nextInt(m - 1);
        while (gcd(s, m) != 1) {
            s++;
        }
        return s;
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    /** Thread t (1-based) belongs to idea t when t &le; ideas; after those come the standalone threads. */
    private void threads(Connection db, int[] posts) throws SQLException, IOException {
        Copy copy = new Copy(db, "discussion_thread (id, topic_id, idea_id, author_id, title, language, post_count, "
                + "last_post_at, locked, pinned, moderation_state, created_at, updated_at)");
        for (int t = 0; t < posts.length; t++) {
            long id = t + 1;
            boolean ofIdea = id <= size.ideas();
            Instant created = threadCreated(id);
            String title = ofIdea ? null : Words.title(language(id), random);
            copy.row(id, topic(id), ofIdea ? id : null, author(id, size.members()),
                    ofIdea ? "" : title, language(id), posts[t], postCreated(created, posts[t] - 1, posts[t]),
                    false, false, "PUBLISHED", created, created);
            if (!ofIdea) {
                progress.add(1);
            }
        }
        copy.end();
        // An idea's thread carries a copy of the idea's title.
        try (Statement s = db.createStatement()) {
            s.execute("update discussion_thread t set title = i.title from idea i where t.idea_id = i.id");
        }
    }

    private Instant threadCreated(long id) {
        return id <= size.ideas() ? ideaCreated(id, size.ideas())
                : ideaCreated(1 + (id - size.ideas()) * size.ideas() / Math.max(1, size.threads()), size.ideas());
    }

    /** The k-th of n posts of a thread: spread evenly between the thread's start and now. */
    private static Instant postCreated(Instant threadCreated, int k, int n) {
        if (n == 0) {
            return threadCreated;
        }
        long span = Duration.between(threadCreated, NOW).toSeconds();
        return threadCreated.plusSeconds(span * (k + 1) / (n + 1));
    }

    /** A third of the posts reply to an earlier post of the same thread. */
    private void posts(Connection db, int[] posts) throws SQLException, IOException {
        Copy copy = new Copy(db, "post (id, thread_id, parent_id, depth, author_id, body, body_html, like_count, deleted, "
                + "moderation_state, created_at, updated_at)");
        long id = 0;
        int[] depth = new int[BIG_THREAD_POSTS];
        for (int t = 0; t < posts.length; t++) {
            long thread = t + 1;
            Instant created = threadCreated(thread);
            long firstId = id + 1;
            for (int k = 0; k < posts[t]; k++) {
                id++;
                Long parent = null;
                depth[k] = 0;
                if (k > 0 && random.nextInt(3) == 0) {
                    int p = random.nextInt(k);
                    parent = firstId + p;
                    depth[k] = depth[p] + 1;
                }
                String body = Words.text(language(thread), 60 + random.nextInt(240), random);
                Instant at = postCreated(created, k, posts[t]);
                copy.row(id, thread, parent, depth[k], 1 + random.nextInt(size.members()), body, "<p>" + body + "</p>",
                        0, false, "PUBLISHED", at, at);
            }
            progress.add(posts[t]);
        }
        copy.end();
    }

    private void tokens(Connection db) throws SQLException, IOException {
        Copy copy = new Copy(db, "auth_token (id, member_id, token_hash, created_at, expires_at)");
        Instant now = Instant.now();
        for (long id = 1; id <= size.tokens(); id++) {
            copy.row(id, id, sha256(Env.token(id)), now, now.plus(Duration.ofDays(30)));
        }
        copy.end();
    }

    private static String passwordHash(String password) {
        byte[] salt = "kring-bench-salt".getBytes(StandardCharsets.UTF_8);
        try {
            byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(password.toCharArray(), salt, 210_000, 256)).getEncoded();
            var b64 = Base64.getEncoder().withoutPadding();
            return "pbkdf2-sha256$210000$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** COPY ... FROM STDIN in PostgreSQL's text format, sent in 1 MB chunks. */
    private static final class Copy {
        private final CopyIn in;
        private final StringBuilder buffer = new StringBuilder(1 << 20);

        Copy(Connection db, String table) throws SQLException {
            in = db.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + table + " from stdin");
        }

        void row(Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    buffer.append('\t');
                }
                Object v = values[i];
                if (v == null) {
                    buffer.append("\\N");
                } else {
                    buffer.append(v);
                }
            }
            buffer.append('\n');
            if (buffer.length() > 1 << 20) {
                flush();
            }
        }

        private void flush() throws SQLException {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            in.writeToCopy(bytes, 0, bytes.length);
            buffer.setLength(0);
        }

        void end() throws SQLException {
            flush();
            in.endCopy();
        }
    }
}
