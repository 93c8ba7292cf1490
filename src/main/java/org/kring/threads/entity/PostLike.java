package org.kring.threads.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** One member likes one post. Written with native SQL (insert ... on conflict do nothing); read with JPQL. */
@Entity
@Table(name = "post_like")
@IdClass(PostLike.Key.class)
public class PostLike {

    /** The composite key (post, member); a plain class because JPA sets its fields. */
    public static class Key implements Serializable {
        private long postId;
        private long memberId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.postId == postId && k.memberId == memberId;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(postId) * 31 + Long.hashCode(memberId);
        }
    }

    @Id
    @Column(name = "post_id")
    private long postId;

    @Id
    @Column(name = "member_id")
    private long memberId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PostLike() {
    }

    public long getPostId() {
        return postId;
    }

    public long getMemberId() {
        return memberId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
