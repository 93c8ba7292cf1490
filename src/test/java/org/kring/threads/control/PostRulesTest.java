package org.kring.threads.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kring.members.control.ModeratorScope.Scope;
import org.kring.members.entity.Member;
import org.kring.threads.control.PostRules.Refusal;
import org.kring.threads.entity.DiscussionThread;
import org.kring.threads.entity.Post;
import org.kring.topics.entity.Topic;

class PostRulesTest {

    private static final Instant AT = Instant.parse("2026-11-27T10:00:00Z");
    private static final long TOPIC = 4;
    private static final Optional<Scope> NO_MODERATOR = Optional.empty();
    private static final Optional<Scope> MODERATOR = Optional.of(Scope.everything(3));
    private static final Optional<Scope> OF_THE_TOPIC = Optional.of(new Scope(3, Set.of(TOPIC)));
    private static final Optional<Scope> OF_ANOTHER_TOPIC = Optional.of(new Scope(3, Set.of(TOPIC + 1)));

    private static <T> T withId(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static Member member(long id) {
        return withId(new Member("m" + id + "@kring.test", "M" + id, "x", Member.Role.MEMBER, AT), id);
    }

    /** A thread in topic {@value #TOPIC}. */
    private static DiscussionThread thread(boolean locked) {
        Topic topic = withId(new Topic("verpakking", "Verpakking", "Packaging", null, null, 1), TOPIC);
        DiscussionThread thread = withId(new DiscussionThread(topic, null, member(1), "A thread", "nl", AT), 7);
        thread.setLocked(locked);
        return thread;
    }

    private static Post post(long authorId, Post parent) {
        return withId(new Post(7, parent, member(authorId), "body", "<p>body</p>", AT), parent == null ? 10 : parent.getId() + 1);
    }

    @Test
    void depthIsParentsDepthPlusOne() {
        Post top = post(1, null);
        Post reply = post(2, top);
        Post replyToReply = post(3, reply);
        assertThat(top.getDepth()).isZero();
        assertThat(top.getParentId()).isNull();
        assertThat(reply.getDepth()).isEqualTo(1);
        assertThat(replyToReply.getDepth()).isEqualTo(2);
        assertThat(replyToReply.getParentId()).isEqualTo(reply.getId());
    }

    @Test
    void onlyTheAuthorOrAModeratorEdits() {
        Post post = post(2, null);
        assertThat(PostRules.mayEdit(post, thread(false), 2, NO_MODERATOR)).isEmpty();
        assertThat(PostRules.mayEdit(post, thread(false), 3, MODERATOR)).isEmpty();
        assertThat(PostRules.mayEdit(post, thread(false), 3, NO_MODERATOR)).map(Refusal::status).contains(403);
        assertThat(PostRules.mayDelete(post, thread(false), 3, NO_MODERATOR)).map(Refusal::status).contains(403);
        assertThat(PostRules.mayDelete(post, thread(false), 2, NO_MODERATOR)).isEmpty();
        assertThat(PostRules.mayDelete(post, thread(false), 3, MODERATOR)).isEmpty();
    }

    @Test
    void aModeratorLimitedToTopicsEditsOthersPostsOnlyInThem() {
        Post post = post(2, null);
        assertThat(PostRules.mayEdit(post, thread(false), 3, OF_THE_TOPIC)).isEmpty();
        assertThat(PostRules.mayDelete(post, thread(false), 3, OF_THE_TOPIC)).isEmpty();
        assertThat(PostRules.mayEdit(post, thread(false), 3, OF_ANOTHER_TOPIC)).map(Refusal::reason)
                .hasValueSatisfying(reason -> assertThat(reason).contains("Post 10", "topic you do not moderate"));
        assertThat(PostRules.mayDelete(post, thread(false), 3, OF_ANOTHER_TOPIC)).map(Refusal::status).contains(403);
        assertThat(PostRules.mayEdit(post(3, null), thread(false), 3, OF_ANOTHER_TOPIC)).as("their own post").isEmpty();
        assertThat(PostRules.mayEdit(post(3, null), thread(true), 3, OF_ANOTHER_TOPIC)).as("as an author: not when locked")
                .map(Refusal::status).contains(409);
    }

    @Test
    void lockedThreadTakesNoPostsAndNoEditsByMembers() {
        assertThat(PostRules.mayPost(thread(true))).map(Refusal::status).contains(409);
        assertThat(PostRules.mayPost(thread(false))).isEmpty();
        assertThat(PostRules.mayEdit(post(2, null), thread(true), 2, NO_MODERATOR)).map(Refusal::status).contains(409);
        assertThat(PostRules.mayEdit(post(2, null), thread(true), 3, MODERATOR)).isEmpty();
    }

    @Test
    void noLikingOneself() {
        assertThat(PostRules.mayLike(post(2, null), 2)).map(Refusal::status).contains(403);
        assertThat(PostRules.mayLike(post(2, null), 3)).isEmpty();
    }

    @Test
    void sortNames() {
        assertThat(PostSort.of("liked")).contains(PostSort.LIKED);
        assertThat(PostSort.of("NEWEST")).contains(PostSort.NEWEST);
        assertThat(PostSort.of("best")).isEmpty();
        assertThat(PostSort.of(null)).isEmpty();
        assertThat(PostSort.names()).isEqualTo("[oldest, newest, liked]");
    }
}
