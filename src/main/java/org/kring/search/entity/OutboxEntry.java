package org.kring.search.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * "This contribution changed; the index must catch up." Written in the transaction of the change,
 * removed once Elasticsearch has the new state. Its id also versions the indexed document.
 */
@Entity
@Table(name = "search_outbox")
public class OutboxEntry {

    /** From search_outbox_seq, taken by the insert itself (SearchOutbox.changed): rows are only written there. */
    @Id
    private Long id;

    @Column(name = "entity_type", nullable = false)
    private String entityType;

    @Column(name = "entity_id", nullable = false)
    private long entityId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Only counters moved (see SearchOutbox.countersChanged): the document is updated, not rebuilt. */
    @Column(name = "counters_only", nullable = false)
    private boolean countersOnly;

    protected OutboxEntry() {
    }

    public Long getId() {
        return id;
    }

    public String getEntityType() {
        return entityType;
    }

    public long getEntityId() {
        return entityId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isCountersOnly() {
        return countersOnly;
    }
}
