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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.kring.platform.database.Positional;
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

    /** An event to deliver: what it says, when it happened and, for an event a hook hears once, its key (else null). */
    public record Occurrence(JsonObject data, Instant at, String onceKey) {
    }

    /**
     * One delivery of the event to each hook, due now. With a {@code onceKey} a hook gets the event at most once
     * (an idea that passes a vote threshold again after withdrawals is not news).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(List<Long> hooks, WebhookEvent event, JsonObject data, Instant at, String onceKey) {
        queueAll(hooks, event, List.of(new Occurrence(data, at, onceKey)));
    }

    /**
     * {@link #queue} for several events of one kind at once (a bulk decision's hides): their ids in one query and every
     * delivery in one insert, whatever their number.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void queueAll(List<Long> hooks, WebhookEvent event, List<Occurrence> occurrences) {
        if (hooks.isEmpty() || occurrences.isEmpty()) {
            return;
        }
        String each = IntStream.range(0, occurrences.size()).mapToObj(n -> "(" + n + ")").collect(Collectors.joining(", "));
        List<Long> eventIds = ((List<?>) em.createNativeQuery("select nextval('webhook_event_seq') from (values " + each + ") as v(n)")
                .getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
        Positional p = new Positional();
        String name = p.add(event.wireName());
        List<String> rows = new ArrayList<>();
        for (int n = 0; n < occurrences.size(); n++) {
            Occurrence o = occurrences.get(n);
            long eventId = eventIds.get(n);
            String body = JSON.createObjectBuilder().add("id", eventId).add("event", event.wireName())
                    .add("occurredAt", o.at().toString()).add("data", o.data()).build().toString();
            String at = p.add(o.at().atOffset(ZoneOffset.UTC));
            String row = ", " + p.add(eventId) + ", " + name + ", " + p.add(body) + ", cast(" + p.add(o.onceKey()) + " as varchar), "
                    + "'PENDING', 0, " + at + ", " + at + ")";
            for (long hook : hooks) {
                rows.add("(nextval('webhook_delivery_seq'), " + p.add(hook) + row);
            }
        }
        p.bind(em.createNativeQuery("insert into webhook_delivery (id, webhook_id, event_id, event, body, once_key, state, attempts, "
                + "next_attempt_at, created_at) values " + String.join(", ", rows) + " on conflict do nothing")).executeUpdate();
        sender.wakeAfterCommit();
    }
}
