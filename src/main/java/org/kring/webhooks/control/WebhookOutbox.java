package org.kring.webhooks.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.kring.webhooks.entity.WebhookEvent;

/**
 * Queues deliveries in the transaction of the event itself: a row per listening hook, so a delivery commits with
 * its event or not at all, and the member's request never waits for a receiver ({@link WebhookSender} sends them).
 * Asking for listeners first keeps an event nobody listens to at one small query (the table holds a handful of hooks).
 */
@ApplicationScoped
public class WebhookOutbox {

    /** One provider for all bodies: looking it up per call is a ServiceLoader scan (see STACK.md). */
    static final JsonBuilderFactory JSON = JsonProvider.provider().createBuilderFactory(Map.of());

    @PersistenceContext
    EntityManager em;

    @Inject
    WebhookSender sender;

    /** The switched-on hooks that hear of this event; for the vote threshold only those whose threshold is this count. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Long> listeners(WebhookEvent event, Integer voteCount) {
        Query query = em.createNativeQuery("select id from webhook where enabled = true and events like ?1"
                + (voteCount == null ? "" : " and vote_threshold = ?2") + " order by id")
                .setParameter(1, "%," + event.wireName() + ",%");
        if (voteCount != null) {
            query.setParameter(2, voteCount);
        }
        return ((List<?>) query.getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
    }

    /**
     * One delivery of the event to each hook, due now. With a {@code onceKey} a hook gets the event at most once
     * (an idea that passes a vote threshold again after withdrawals is not news).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(List<Long> hooks, WebhookEvent event, JsonObject data, Instant at, String onceKey) {
        long eventId = ((Number) em.createNativeQuery("select nextval('webhook_event_seq')").getSingleResult()).longValue();
        String body = JSON.createObjectBuilder().add("id", eventId).add("event", event.wireName())
                .add("occurredAt", at.toString()).add("data", data).build().toString();
        for (long hook : hooks) {
            em.createNativeQuery("insert into webhook_delivery (id, webhook_id, event_id, event, body, once_key, state, attempts, "
                            + "next_attempt_at, created_at) values (nextval('webhook_delivery_seq'), ?1, ?2, ?3, ?4, cast(?5 as varchar), "
                            + "'PENDING', 0, ?6, ?6) on conflict do nothing")
                    .setParameter(1, hook).setParameter(2, eventId).setParameter(3, event.wireName()).setParameter(4, body)
                    .setParameter(5, onceKey).setParameter(6, at.atOffset(ZoneOffset.UTC)).executeUpdate();
        }
        sender.wakeAfterCommit();
    }
}
