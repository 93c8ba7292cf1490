-- Webhooks (issue 16, item 2): hooks that admins configure, and a durable outbox of signed deliveries to them.
-- Written once for PostgreSQL and the embedded H2 (PostgreSQL mode). Hooks are written by EclipseLink (step 50,
-- see V1); deliveries and attempts only by SQL (step 1).

create sequence webhook_seq start with 50 increment by 50;
create sequence webhook_event_seq start with 1 increment by 1;
create sequence webhook_delivery_seq start with 1 increment by 1;
create sequence webhook_attempt_seq start with 1 increment by 1;

-- A receiver: where to POST, which events (comma separated with a comma at each end, so one `like '%,name,%'`
-- matches one event), the vote count that fires idea.voted_over_threshold, and the secret that signs each delivery
-- (Kring signs with it, so it is kept as is; only its creation or rotation shows it). consecutive_failures counts
-- failed attempts since the last success; at the configured limit the hook is disabled and admins are told.
create table webhook (
    id                   bigint primary key,
    url                  varchar(2000) not null,
    events               varchar(500) not null,
    vote_threshold       integer,
    secret               varchar(100) not null,
    enabled              boolean not null,
    consecutive_failures integer not null default 0,
    disabled_reason      varchar(300),
    created_at           timestamp with time zone not null,
    updated_at           timestamp with time zone not null
);

-- One event for one hook, written in the transaction of the event itself (it commits with the event or not at
-- all). The body is the JSON as it will be sent (each attempt signs it with a fresh timestamp). state: PENDING (to
-- send at next_attempt_at; a sender holds a claimed row by moving next_attempt_at past its timeout), DELIVERED,
-- GAVE_UP (failed for 24 hours). once_key makes an event that must reach a hook once (an idea passing the vote
-- threshold) unique per hook; null for the others.
create table webhook_delivery (
    id                   bigint primary key,
    webhook_id           bigint not null references webhook (id) on delete cascade,
    event_id             bigint not null,
    event                varchar(40) not null,
    body                 varchar(20000) not null,
    once_key             varchar(100),
    state                varchar(10) not null,
    attempts             integer not null default 0,
    next_attempt_at      timestamp with time zone not null,
    last_status          integer,
    last_response_millis integer,
    last_error           varchar(500),
    redelivery_of        bigint,
    created_at           timestamp with time zone not null,
    delivered_at         timestamp with time zone,
    constraint webhook_delivery_once unique (webhook_id, once_key)
);
-- The sender's due rows (state, then next attempt) and a hook's delivery log, newest first (keyset on id).
create index webhook_delivery_due on webhook_delivery (state, next_attempt_at, id);
create index webhook_delivery_log on webhook_delivery (webhook_id, id desc);

-- Each attempt: when, the receiver's status code (null when it could not be reached), how long it took, and why it
-- failed.
create table webhook_attempt (
    id              bigint primary key,
    delivery_id     bigint not null references webhook_delivery (id) on delete cascade,
    attempted_at    timestamp with time zone not null,
    status_code     integer,
    response_millis integer not null,
    error           varchar(500)
);
create index webhook_attempt_delivery on webhook_attempt (delivery_id, id);
