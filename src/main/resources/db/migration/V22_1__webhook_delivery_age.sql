-- Pruning the webhook delivery log (issue 16 leftovers): finished deliveries older than KRING_WEBHOOKS_KEEP_DAYS are
-- removed in batches, oldest first; this index makes each batch a short range instead of a scan of the whole log.
create index webhook_delivery_age on webhook_delivery (created_at);
