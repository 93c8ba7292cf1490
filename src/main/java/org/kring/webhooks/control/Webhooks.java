package org.kring.webhooks.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.kring.platform.problems.Conflict;
import org.kring.platform.problems.InvalidInput;
import org.kring.platform.problems.NotFound;
import org.kring.webhooks.entity.Webhook;
import org.kring.webhooks.entity.WebhookAttempt;
import org.kring.webhooks.entity.WebhookDelivery;
import org.kring.webhooks.entity.WebhookEvent;

/**
 * The hooks admins configure (the boundary checks the role), their delivery log and redelivery by hand. A hook's
 * secret is made by Kring and shown only in the answer that created or rotated it.
 */
@ApplicationScoped
public class Webhooks {

    public static final int MAX_PAGE = 100;
    public static final int MAX_THRESHOLD = 1_000_000;

    /** What an admin sends: URL, event names, the vote count for idea.voted_over_threshold, on/off, a new secret. */
    public record Draft(String url, List<String> events, Integer voteThreshold, Boolean enabled, Boolean rotateSecret) {
    }

    /** A saved hook, with its secret when it was just made (created or rotated), else null. */
    public record Saved(Webhook hook, String newSecret) {
    }

    /** A delivery with its attempts, oldest attempt first. */
    public record LoggedDelivery(WebhookDelivery delivery, List<WebhookAttempt> attempts) {
    }

    /** One page of a hook's deliveries, newest first, and where the next starts (null: the last page). */
    public record DeliveryPage(List<LoggedDelivery> deliveries, Long nextBefore) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    WebhookSender sender;

    @Inject
    WebhookSettings settings;

    @Transactional
    public Saved create(Draft draft) {
        Draft d = orEmpty(draft);
        Set<WebhookEvent> events = check(d);
        Instant now = Instant.now();
        String secret = WebhookSignature.newSecret();
        Webhook hook = new Webhook(secret, now);
        hook.configure(d.url().strip(), events, d.voteThreshold(), d.enabled() == null || d.enabled(), now);
        em.persist(hook);
        em.flush();
        return new Saved(hook, secret);
    }

    /** Replaces URL, events and threshold; a missing {@code enabled} keeps the hook as it is. */
    @Transactional
    public Saved update(long id, Draft draft) {
        Draft d = orEmpty(draft);
        Webhook hook = require(id);
        Set<WebhookEvent> events = check(d);
        Instant now = Instant.now();
        boolean switchedOn = !hook.isEnabled() && Boolean.TRUE.equals(d.enabled());
        hook.configure(d.url().strip(), events, d.voteThreshold(), d.enabled() == null ? hook.isEnabled() : d.enabled(), now);
        if (switchedOn) {
            // What waited while the hook was off goes out now, not at the end of its last back-off.
            em.createNativeQuery("update webhook_delivery set next_attempt_at = ?2 where webhook_id = ?1 and state = 'PENDING'")
                    .setParameter(1, id).setParameter(2, now.atOffset(ZoneOffset.UTC)).executeUpdate();
        }
        String secret = null;
        if (Boolean.TRUE.equals(d.rotateSecret())) {
            secret = WebhookSignature.newSecret();
            hook.rotateSecret(secret, now);
        }
        return new Saved(hook, secret);
    }

    /** Deletes the hook with its delivery log; deliveries still waiting are never sent. */
    @Transactional
    public void delete(long id) {
        em.remove(require(id));
    }

    public Webhook require(long id) {
        return Optional.ofNullable(em.find(Webhook.class, id)).orElseThrow(() -> new NotFound("There is no webhook " + id + "."));
    }

    /** Every hook, oldest first: a community has a handful. */
    public List<Webhook> list() {
        return em.createQuery("select w from Webhook w order by w.id", Webhook.class).getResultList();
    }

    /** The hook's deliveries older than {@code before} (null: the newest), newest first, with their attempts. */
    public DeliveryPage deliveries(long hookId, Long before, int limit) {
        InvalidInput.check().range("limit", limit, 1, MAX_PAGE).orThrow();
        require(hookId);
        TypedQuery<WebhookDelivery> query = em.createQuery("select d from WebhookDelivery d where d.webhookId = :hook"
                        + (before == null ? "" : " and d.id < :before") + " order by d.id desc", WebhookDelivery.class)
                .setParameter("hook", hookId).setMaxResults(limit + 1);
        if (before != null) {
            query.setParameter("before", before);
        }
        List<WebhookDelivery> rows = query.getResultList();
        boolean more = rows.size() > limit;
        List<WebhookDelivery> page = more ? rows.subList(0, limit) : rows;
        Map<Long, List<WebhookAttempt>> attempts = page.isEmpty() ? Map.of()
                : em.createQuery("select a from WebhookAttempt a where a.deliveryId in :ids order by a.id", WebhookAttempt.class)
                .setParameter("ids", page.stream().map(WebhookDelivery::getId).toList()).getResultStream()
                .collect(Collectors.groupingBy(WebhookAttempt::getDeliveryId));
        return new DeliveryPage(page.stream().map(d -> new LoggedDelivery(d, attempts.getOrDefault(d.getId(), List.of()))).toList(),
                more ? page.get(page.size() - 1).getId() : null);
    }

    /**
     * Sends a delivery's event to its hook once more, as a new delivery (a new Kring-Delivery id, the same event id
     * and body): a receiver that deduplicates by delivery id takes it, one that deduplicates by event id can tell.
     */
    @Transactional
    public WebhookDelivery redeliver(long deliveryId) {
        WebhookDelivery original = Optional.ofNullable(em.find(WebhookDelivery.class, deliveryId))
                .orElseThrow(() -> new NotFound("There is no webhook delivery " + deliveryId + "."));
        if (!require(original.getWebhookId()).isEnabled()) {
            throw new Conflict("The webhook is switched off: switch it on first (PUT with enabled true).", "enabled", "is false");
        }
        long id = ((Number) em.createNativeQuery("select nextval('webhook_delivery_seq')").getSingleResult()).longValue();
        Instant now = Instant.now();
        em.createNativeQuery("insert into webhook_delivery (id, webhook_id, event_id, event, body, state, attempts, next_attempt_at, "
                        + "redelivery_of, created_at) select ?1, webhook_id, event_id, event, body, 'PENDING', 0, ?2, id, ?2 "
                        + "from webhook_delivery where id = ?3")
                .setParameter(1, id).setParameter(2, now.atOffset(ZoneOffset.UTC)).setParameter(3, deliveryId).executeUpdate();
        sender.wakeAfterCommit();
        return em.find(WebhookDelivery.class, id);
    }

    private Set<WebhookEvent> check(Draft d) {
        InvalidInput.Checks checks = InvalidInput.check();
        WebhookUrls.refusal(d.url(), settings.allowPrivate(), WebhookUrls.DNS).ifPresent(reason -> checks.that("url", false, reason));
        Set<WebhookEvent> events = new LinkedHashSet<>();
        List<String> names = d.events() == null ? List.of() : d.events();
        checks.that("events", !names.isEmpty(), "must name at least one event: " + names());
        for (int i = 0; i < names.size(); i++) {
            Optional<WebhookEvent> event = WebhookEvent.byWireName(names.get(i) == null ? "" : names.get(i).strip());
            checks.that("events[" + i + "]", event.isPresent(), "must be one of " + names());
            event.ifPresent(events::add);
        }
        boolean votes = events.contains(WebhookEvent.IDEA_VOTED_OVER_THRESHOLD);
        checks.that("voteThreshold", !votes || d.voteThreshold() != null, "must be given for idea.voted_over_threshold")
                .that("voteThreshold", votes || d.voteThreshold() == null, "goes only with the event idea.voted_over_threshold");
        if (d.voteThreshold() != null) {
            checks.range("voteThreshold", d.voteThreshold(), 2, MAX_THRESHOLD);
        }
        checks.orThrow();
        return events;
    }

    private static String names() {
        return Arrays.stream(WebhookEvent.values()).map(WebhookEvent::wireName).collect(Collectors.joining(", "));
    }

    private static Draft orEmpty(Draft draft) {
        return draft == null ? new Draft(null, null, null, null, null) : draft;
    }
}
