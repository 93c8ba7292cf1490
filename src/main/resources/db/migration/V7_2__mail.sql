-- Notification e-mails (issue 13): a durable outbox, members' e-mail choice and the key that signs unsubscribe links.
-- Written once for PostgreSQL and the embedded H2 (PostgreSQL mode). Outbox rows are inserted by SQL only (step 1).

create sequence mail_outbox_seq start with 1 increment by 1;

-- One mail to one member, written by the notification fan-out in the same transaction as the member's in-app
-- notification (at most one per event and member). The mail worker sends due rows, one transaction per mail, and
-- sets sent_at; a failed attempt moves next_attempt_at on with a growing back-off.
create table mail_outbox (
    id              bigint primary key,
    member_id       bigint not null references member (id),
    fanout_id       bigint not null,
    to_address      varchar(254) not null,
    to_name         varchar(60) not null,
    language        varchar(2) not null,
    kind            varchar(30) not null,
    subject         varchar(200) not null,
    status          varchar(20),
    excerpt         varchar(300),
    link            varchar(300) not null,
    attempts        integer not null default 0,
    next_attempt_at timestamp with time zone not null,
    last_error      varchar(500),
    sent_at         timestamp with time zone,
    created_at      timestamp with time zone not null,
    constraint mail_outbox_once unique (fanout_id, member_id)
);
-- Due mails: unsent rows (sent_at null) in next-attempt order.
create index mail_outbox_due on mail_outbox (sent_at, next_attempt_at, id);

-- A member's e-mail choice and language; no row: e-mails immediately, in Dutch.
create table notification_preference (
    member_id  bigint primary key references member (id),
    email      varchar(10) not null,
    language   varchar(2) not null,
    updated_at timestamp with time zone not null
);

-- The secret that signs one-click unsubscribe links, made once by the first Kring instance that needs it and
-- shared by all (so a link from any instance's mail works on every instance, also after a restart).
create table signing_key (
    id     integer primary key,
    secret varchar(100) not null,
    constraint signing_key_single_row check (id = 1)
);
