-- E-mail preferences per kind and digests (issue 13 item 5). Written once for PostgreSQL and the embedded H2.

-- A member's e-mail delivery for one kind of notification (RESPONSES, REPLIES, MENTIONS, MODERATION): IMMEDIATE,
-- DAILY, WEEKLY or OFF. No row: the member's general choice in notification_preference.email (IMMEDIATE or OFF, set
-- by an unsubscribe link of before this migration), else IMMEDIATE.
create table notification_choice (
    member_id  bigint not null references member (id),
    kind       varchar(20) not null,
    delivery   varchar(10) not null,
    updated_at timestamp with time zone not null,
    primary key (member_id, kind)
);
-- The digest job pages through the members who chose a period.
create index notification_choice_delivery on notification_choice (delivery, member_id);

-- Where each member's digest of a period stands: the newest notification it covered and when it was last made (one
-- per period: a member is due again when the period turned since). Locked and moved on in the transaction that puts
-- the digest mail in the outbox, so a digest is made once even when the job restarts.
create table notification_digest (
    member_id  bigint not null references member (id),
    period     varchar(10) not null,
    through_id bigint not null,
    made_at    timestamp with time zone not null,
    primary key (member_id, period)
);

-- A digest mail (kind DIGEST, subject DAILY or WEEKLY): not one fan-out's, but the ids of the notifications it groups
-- (at most 50, comma-separated), as the job chose them, so a retried send shows the same.
alter table mail_outbox alter column fanout_id drop not null;
alter table mail_outbox add column digest_ids varchar(1000);
-- The digest job's look for due members of a period.
create index notification_digest_due on notification_digest (period, made_at);
