package org.kring.threads;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kring.testing.Api;
import org.kring.testing.Community;
import org.kring.testing.KringDeployment;
import org.kring.testing.TestDatabase;

/** Threads and posts through HTTP on PostgreSQL: replies, deletes, edits, likes, counts, pagination, refusals. */
@ExtendWith(ArquillianExtension.class)
class ThreadsIT {

    private static final String TOPIC = "verpakking";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return KringDeployment.war();
    }

    @ArquillianResource
    URL base;

    private Api anonymous() {
        return new Api(base);
    }

    private Api newMember(String name) {
        return new Community(anonymous()).newMember(name + " " + System.nanoTime() % 10_000);
    }

    private static String thread(String title, String body) {
        return Json.createObjectBuilder().add("topic", TOPIC).add("title", title).add("body", body)
                .add("language", "nl").build().toString();
    }

    private static String post(String body, Long parentId) {
        JsonObjectBuilder post = Json.createObjectBuilder().add("body", body);
        if (parentId != null) {
            post.add("parentId", parentId);
        }
        return post.build().toString();
    }

    /** Starts a thread; answers its id. */
    private static long startThread(Api member, String title) {
        Api.Answer answer = member.postJson("api/v1/threads", thread(title, "Eerste bericht van **" + title + "**."));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().asJsonObject().getJsonNumber("id").longValue();
    }

    private static JsonObject reply(Api member, long threadId, String body, Long parentId) {
        Api.Answer answer = member.postJson("api/v1/threads/" + threadId + "/posts", post(body, parentId));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().asJsonObject();
    }

    private static List<JsonObject> posts(Api reader, long threadId, String query) {
        Api.Answer answer = reader.get("api/v1/threads/" + threadId + "/posts?" + query);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().asJsonObject().getJsonArray("posts").getValuesAs(JsonObject.class);
    }

    /** The thread's post ids in this SQL order: what the pages must add up to. */
    private static List<Long> postIds(long threadId, String orderBy) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (Connection db = TestDatabase.connect();
             PreparedStatement query = db.prepareStatement("select id from post where thread_id = ? order by " + orderBy)) {
            query.setLong(1, threadId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        return ids;
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    private static int postCount(Api api, long threadId) {
        return api.get("api/v1/threads/" + threadId).json().asJsonObject().getInt("postCount");
    }

    @Test
    void replyToAReplyIsStoredWithDepthTwoAndRenderedSafely() {
        Api anna = newMember("Anna");
        Api bram = newMember("Bram");
        long threadId = startThread(anna, "Hervulbare flessen");
        JsonObject first = posts(anna, threadId, "sort=oldest").get(0);
        assertThat(first.getInt("depth")).isZero();
        assertThat(first.isNull("parentId")).isTrue();

        JsonObject reply = reply(bram, threadId, "Goed plan <script>alert(1)</script> [x](javascript:alert(1))", id(first));
        JsonObject replyToReply = reply(anna, threadId, "Dank je, *Bram*!", id(reply));
        assertThat(reply.getInt("depth")).isEqualTo(1);
        assertThat(replyToReply.getInt("depth")).isEqualTo(2);
        assertThat(replyToReply.getJsonNumber("parentId").longValue()).isEqualTo(id(reply));
        assertThat(reply.getString("bodyHtml")).doesNotContain("<script").doesNotContain("javascript:").contains("&lt;script&gt;");
        assertThat(replyToReply.getString("bodyHtml")).isEqualTo("<p>Dank je, <em>Bram</em>!</p>");

        List<JsonObject> all = posts(anonymous(), threadId, "sort=oldest");
        assertThat(all).extracting(p -> p.getInt("depth")).containsExactly(0, 1, 2);
        assertThat(all).allSatisfy(p -> assertThat(p.isNull("likedByMe")).isTrue());
        assertThat(postCount(anonymous(), threadId)).isEqualTo(3);
        JsonObject one = anonymous().get("api/v1/threads/" + threadId).json().asJsonObject();
        assertThat(one.getString("title")).isEqualTo("Hervulbare flessen");
        assertThat(anonymous().get("api/v1/threads?topic=" + TOPIC + "&limit=100").json().asJsonArray()
                .getValuesAs(JsonObject.class)).extracting(ThreadsIT::id).contains(threadId);
    }

    @Test
    void aDeletedPostKeepsItsReplies() {
        Api anna = newMember("Anna");
        Api bram = newMember("Bram");
        long threadId = startThread(anna, "Minder plastic");
        JsonObject parent = reply(anna, threadId, "Wat vinden jullie?", null);
        JsonObject child = reply(bram, threadId, "Prima idee.", id(parent));
        assertThat(postCount(anna, threadId)).isEqualTo(3);

        assertProblem(bram.delete("api/v1/posts/" + id(parent)), 403);
        assertThat(anna.delete("api/v1/posts/" + id(parent)).status()).isEqualTo(204);
        assertThat(anna.delete("api/v1/posts/" + id(parent)).status()).as("deleting twice").isEqualTo(204);

        List<JsonObject> all = posts(anonymous(), threadId, "sort=oldest");
        JsonObject deleted = all.stream().filter(p -> id(p) == id(parent)).findFirst().orElseThrow();
        assertThat(deleted.getBoolean("deleted")).isTrue();
        assertThat(deleted.isNull("bodyHtml")).isTrue();
        JsonObject kept = all.stream().filter(p -> id(p) == id(child)).findFirst().orElseThrow();
        assertThat(kept.getBoolean("deleted")).isFalse();
        assertThat(kept.getString("bodyHtml")).isEqualTo("<p>Prima idee.</p>");
        assertThat(kept.getJsonNumber("parentId").longValue()).isEqualTo(id(parent));
        assertThat(postCount(anna, threadId)).as("a deleted post no longer counts").isEqualTo(2);
        // A reply to the deleted post still goes in its place.
        assertThat(reply(bram, threadId, "Jammer dat het weg is.", id(parent)).getInt("depth")).isEqualTo(1);
    }

    @Test
    void onlyTheAuthorEditsAndEveryEditKeepsARevision() {
        Api anna = newMember("Anna");
        Api bram = newMember("Bram");
        long threadId = startThread(anna, "Kassabonnen");
        JsonObject post = reply(anna, threadId, "Eerste versie", null);

        Api.Answer refused = bram.putJson("api/v1/posts/" + id(post), "{\"body\": \"Overgenomen door Bram\"}");
        assertProblem(refused, 403);
        assertProblem(anonymous().putJson("api/v1/posts/" + id(post), "{\"body\": \"anoniem\"}"), 401);

        Api.Answer edited = anna.putJson("api/v1/posts/" + id(post), "{\"body\": \"Tweede **versie**\"}");
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.json().asJsonObject().getString("bodyHtml")).isEqualTo("<p>Tweede <strong>versie</strong></p>");
        assertThat(edited.json().asJsonObject().getBoolean("edited")).isTrue();

        assertProblem(anonymous().get("api/v1/posts/" + id(post) + "/revisions"), 401);
        assertProblem(bram.get("api/v1/posts/" + id(post) + "/revisions"), 403);
        List<JsonObject> revisions = anna.get("api/v1/posts/" + id(post) + "/revisions").json().asJsonArray()
                .getValuesAs(JsonObject.class);
        assertThat(revisions).hasSize(1);
        assertThat(revisions.get(0).getString("bodyHtml")).isEqualTo("<p>Eerste versie</p>");
    }

    @Test
    void likingTwiceCountsOnceAndOwnPostsCannotBeLiked() {
        Api anna = newMember("Anna");
        Api bram = newMember("Bram");
        long threadId = startThread(anna, "Statiegeld");
        JsonObject post = reply(anna, threadId, "Statiegeld op blikjes!", null);
        String like = "api/v1/posts/" + id(post) + "/like";

        assertThat(bram.put(like).json().asJsonObject().getInt("likeCount")).isEqualTo(1);
        Api.Answer again = bram.put(like);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().asJsonObject().getInt("likeCount")).isEqualTo(1);
        assertProblem(anna.put(like), 403);
        assertProblem(anonymous().put(like), 401);

        JsonObject seenByBram = posts(bram, threadId, "sort=liked").get(0);
        assertThat(id(seenByBram)).isEqualTo(id(post));
        assertThat(seenByBram.getBoolean("likedByMe")).isTrue();
        assertThat(posts(anna, threadId, "sort=liked").get(0).getBoolean("likedByMe")).isFalse();

        assertThat(bram.delete(like).json().asJsonObject().getInt("likeCount")).isZero();
        assertThat(bram.delete(like).json().asJsonObject().getInt("likeCount")).isZero();
    }

    @Test
    void fiftyConcurrentLikesByFiftyMembersCountFifty() throws Exception {
        Api anna = newMember("Anna");
        long threadId = startThread(anna, "Populair bericht");
        long postId = id(reply(anna, threadId, "Like dit!", null));
        ExecutorService pool = Executors.newFixedThreadPool(50);
        // The fans sign up a few at a time (each sign-up and login hashes a password): the likes are what runs at once.
        ExecutorService signUps = Executors.newFixedThreadPool(4);
        try {
            List<Future<Api>> registering = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                int n = i;
                registering.add(signUps.submit(() -> newMember("Fan " + n)));
            }
            List<Api> fans = new ArrayList<>();
            for (Future<Api> f : registering) {
                fans.add(f.get());
            }
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> likes = new ArrayList<>();
            for (Api fan : fans) {
                likes.add(pool.submit(() -> {
                    start.await();
                    return fan.put("api/v1/posts/" + postId + "/like").status();
                }));
            }
            start.countDown();
            for (Future<Integer> f : likes) {
                assertThat(f.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
            signUps.shutdownNow();
        }
        JsonObject post = posts(anonymous(), threadId, "sort=liked").get(0);
        assertThat(id(post)).isEqualTo(postId);
        assertThat(post.getInt("likeCount")).isEqualTo(50);
        try (Connection db = TestDatabase.connect();
             PreparedStatement query = db.prepareStatement(
                     "select p.like_count, (select count(*) from post_like l where l.post_id = p.id) from post p where p.id = ?")) {
            query.setLong(1, postId);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getInt(1)).isEqualTo(50);
                assertThat(row.getInt(2)).isEqualTo(50);
            }
        }
    }

    @Test
    void sortByLikedPutsTheMostLikedFirst() {
        Api anna = newMember("Anna");
        Api bram = newMember("Bram");
        Api carla = newMember("Carla");
        long threadId = startThread(anna, "Beste tip");
        long none = id(reply(anna, threadId, "Geen likes", null));
        long two = id(reply(anna, threadId, "Twee likes", null));
        long one = id(reply(anna, threadId, "Een like", null));
        bram.put("api/v1/posts/" + two + "/like");
        carla.put("api/v1/posts/" + two + "/like");
        bram.put("api/v1/posts/" + one + "/like");
        List<JsonObject> liked = posts(anonymous(), threadId, "sort=liked");
        assertThat(liked).extracting(ThreadsIT::id).startsWith(two, one);
        assertThat(liked).extracting(p -> p.getInt("likeCount")).startsWith(2, 1, 0, 0);
        assertThat(liked).extracting(ThreadsIT::id).contains(none);
        List<JsonObject> newest = posts(anonymous(), threadId, "sort=newest");
        assertThat(newest).extracting(ThreadsIT::id).startsWith(one, two, none);
    }

    @Test
    void keysetPagesOfAThousandPostsAddUpToTheWholeThreadInEachOrder() throws Exception {
        Api anna = newMember("Anna");
        long threadId = startThread(anna, "Een heel lange draad");
        long authorId = posts(anna, threadId, "").get(0).getJsonNumber("authorId").longValue();
        // 999 more posts, many with the same timestamp, so that the order must break ties by id.
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC).minusDays(1);
        try (Connection db = TestDatabase.connect();
             PreparedStatement insert = db.prepareStatement("insert into post (id, thread_id, depth, author_id, body, "
                     + "body_html, like_count, created_at, updated_at) values (nextval('post_seq'), ?, 0, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < 999; i++) {
                insert.setLong(1, threadId);
                insert.setLong(2, authorId);
                insert.setString(3, "Bericht " + i);
                insert.setString(4, "<p>Bericht " + i + "</p>");
                insert.setInt(5, i % 7);
                insert.setObject(6, at.plusSeconds(i / 10));
                insert.setObject(7, at.plusSeconds(i / 10));
                insert.addBatch();
            }
            insert.executeBatch();
            // The counters Kring keeps for these rows, as if members had posted and liked them (the counter check
            // in GET /admin/consistency would rightly report planted rows without them).
            try (PreparedStatement counted = db.prepareStatement("update discussion_thread set post_count = post_count + 999 where id = ?");
                 PreparedStatement likes = db.prepareStatement("insert into post_like (post_id, member_id, created_at) "
                         + "select p.id, m.id, now() from post p cross join lateral "
                         + "(select id from member order by id limit p.like_count) m where p.thread_id = ?")) {
                counted.setLong(1, threadId);
                counted.executeUpdate();
                likes.setLong(1, threadId);
                likes.executeUpdate();
            }
            // And the search outbox, as each post would have written: the index (and the insights' counts, compared
            // with SQL in other tests on this database) must hold them too.
            try (PreparedStatement outbox = db.prepareStatement("insert into search_outbox (id, entity_type, entity_id, created_at) "
                    + "select nextval('search_outbox_seq'), 'post', id, now() from post where thread_id = ?")) {
                outbox.setLong(1, threadId);
                outbox.executeUpdate();
            }
        }
        Map<String, String> orders = Map.of("oldest", "created_at, id", "newest", "created_at desc, id desc",
                "liked", "like_count desc, id");
        for (String sort : orders.keySet()) {
            // Keyset pages, one cursor after the other (11 pages of 97), put together equal the whole thread in order.
            List<Long> seen = new ArrayList<>();
            String cursor = null;
            int pages = 0;
            do {
                Api.Answer answer = anonymous().get("api/v1/threads/" + threadId + "/posts?sort=" + sort
                        + "&limit=97" + (cursor == null ? "" : "&cursor=" + cursor));
                JsonObject body = answer.json().asJsonObject();
                assertThat(body.getJsonNumber("total").longValue()).isEqualTo(1000);
                body.getJsonArray("posts").getValuesAs(JsonObject.class).forEach(p -> seen.add(id(p)));
                cursor = body.getBoolean("hasMore") ? body.getString("nextCursor") : null;
                pages++;
            } while (cursor != null);
            assertThat(pages).isEqualTo(11);
            assertThat(seen).as(sort).isEqualTo(postIds(threadId, orders.get(sort)));
        }
        assertProblem(anonymous().get("api/v1/threads/" + threadId + "/posts?limit=101"), 400);
        Api.Answer badCursor = anonymous().get("api/v1/threads/" + threadId + "/posts?cursor=not-a-cursor");
        assertProblem(badCursor, 400);
        assertThat(badCursor.json().asJsonObject().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("cursor");
    }

    @Test
    void badInputNamesItsFields() {
        Api anna = newMember("Anna");
        Api.Answer answer = anna.postJson("api/v1/threads", Json.createObjectBuilder().add("topic", "bestaat-niet")
                .add("title", "kort").add("body", " ").add("language", "de").build().toString());
        assertProblem(answer, 400);
        Set<String> fields = new HashSet<>(answer.json().asJsonObject().getJsonArray("errors").getValuesAs(JsonObject.class)
                .stream().map(e -> e.getString("field")).toList());
        assertThat(fields).containsExactlyInAnyOrder("topic", "title", "body", "language");

        long one = startThread(anna, "Draad een");
        long other = startThread(anna, "Draad twee");
        long postInOther = id(posts(anna, other, "").get(0));
        Api.Answer wrongParent = anna.postJson("api/v1/threads/" + one + "/posts", post("Antwoord", postInOther));
        assertProblem(wrongParent, 400);
        assertThat(wrongParent.json().asJsonObject().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("parentId");

        Api.Answer tooLong = anna.postJson("api/v1/threads/" + one + "/posts", post("x".repeat(10_001), null));
        assertProblem(tooLong, 400);
        assertThat(tooLong.json().asJsonObject().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("body");

        Api.Answer badSort = anonymous().get("api/v1/threads/" + one + "/posts?sort=best");
        assertProblem(badSort, 400);
        assertThat(badSort.json().asJsonObject().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("sort");

        assertProblem(anonymous().postJson("api/v1/threads/" + one + "/posts", post("Anoniem", null)), 401);
        assertProblem(anonymous().get("api/v1/threads/987654321"), 404);
        assertProblem(anna.postJson("api/v1/threads/987654321/posts", post("Nergens", null)), 404);
    }

    @Test
    void aLockedThreadRefusesPostsWith409() throws Exception {
        Api anna = newMember("Anna");
        long threadId = startThread(anna, "Gesloten onderwerp");
        try (Connection db = TestDatabase.connect();
             PreparedStatement lock = db.prepareStatement("update discussion_thread set locked = true where id = ?")) {
            lock.setLong(1, threadId);
            assertThat(lock.executeUpdate()).isEqualTo(1);
        }
        Api.Answer refused = anna.postJson("api/v1/threads/" + threadId + "/posts", post("Nog eentje", null));
        assertProblem(refused, 409);
        assertThat(anonymous().get("api/v1/threads/" + threadId).json().asJsonObject().getBoolean("locked")).isTrue();
        assertThat(postCount(anna, threadId)).isEqualTo(1);
    }

    @Test
    void everyIdeaOwnsAThread() {
        Api anna = newMember("Anna");
        Api bram = newMember("Bram");
        Api.Answer idea = anna.postJson("api/v1/ideas", Json.createObjectBuilder().add("title", "Papieren rietjes overal")
                .add("body", "Weg met plastic.").add("topic", TOPIC).add("language", "nl")
                .add("tags", Json.createArrayBuilder()).build().toString());
        assertThat(idea.status()).as(idea.body()).isEqualTo(201);
        long ideaId = idea.json().asJsonObject().getJsonNumber("id").longValue();

        Api.Answer thread = anonymous().get("api/v1/ideas/" + ideaId + "/thread");
        assertThat(thread.status()).as(thread.body()).isEqualTo(200);
        long threadId = thread.json().asJsonObject().getJsonNumber("threadId").longValue();
        assertThat(thread.json().asJsonObject().getInt("postCount")).isZero();
        reply(bram, threadId, "Goed idee, Anna.", null);
        JsonObject after = anonymous().get("api/v1/ideas/" + ideaId + "/thread").json().asJsonObject();
        assertThat(after.getInt("postCount")).isEqualTo(1);
        JsonObject one = anonymous().get("api/v1/threads/" + threadId).json().asJsonObject();
        assertThat(one.getString("title")).isEqualTo("Papieren rietjes overal");
        assertThat(one.getJsonNumber("ideaId").longValue()).isEqualTo(ideaId);
        // The ideas resource still answers its own paths.
        assertThat(anonymous().get("api/v1/ideas/" + ideaId).status()).isEqualTo(200);
        assertProblem(anonymous().get("api/v1/ideas/987654321/thread"), 404);
    }

    @Test
    void postsAndThreadsReachTheSearchIndexAndDeletedPostsLeaveIt() {
        Api anna = newMember("Anna");
        Api bram = newMember("Bram");
        String titleWord = uniqueWord();
        String postWord = uniqueWord();
        long threadId = startThread(anna, "Draad over " + titleWord);
        long postId = id(reply(bram, threadId, "Een bericht over " + postWord + ".", null));

        JsonObject thread = awaitSearch(titleWord, page -> page.getJsonNumber("total").longValue() >= 1);
        assertThat(thread.getJsonArray("results").getValuesAs(JsonObject.class))
                .anySatisfy(r -> assertThat(r.getString("type") + "-" + id(r)).isEqualTo("thread-" + threadId));
        JsonObject post = awaitSearch(postWord, page -> page.getJsonNumber("total").longValue() == 1);
        JsonObject hit = post.getJsonArray("results").getJsonObject(0);
        assertThat(hit.getString("type")).isEqualTo("post");
        assertThat(id(hit)).isEqualTo(postId);

        assertThat(bram.delete("api/v1/posts/" + postId).status()).isEqualTo(204);
        awaitSearch(postWord, page -> page.getJsonNumber("total").longValue() == 0);
    }

    /** A random word of 14 letters: no other contribution contains it, nor anything within fuzzy distance. */
    private static String uniqueWord() {
        StringBuilder word = new StringBuilder();
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int i = 0; i < 14; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    /** Polls the search API (the index lags the database by design) until the page satisfies the condition. */
    private JsonObject awaitSearch(String query, java.util.function.Predicate<JsonObject> condition) {
        return anonymous().await("api/v1/search?q=" + query, condition, java.time.Duration.ofSeconds(60));
    }

    @Test
    void theOpenApiDocumentDescribesThreadsAndPosts() throws Exception {
        Api root = anonymous().root();
        Api.Answer openapi = root.get("openapi");
        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/v1/threads/{id}/posts").contains("/api/v1/posts/{id}/like")
                .contains("/api/v1/ideas/{id}/thread");
    }

    private static void assertProblem(Api.Answer answer, int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        JsonObject problem = answer.json().asJsonObject();
        assertThat(problem.getInt("status")).isEqualTo(status);
        assertThat(problem.getString("detail")).isNotBlank();
    }
}
