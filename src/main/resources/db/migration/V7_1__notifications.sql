-- In-app notifications (issue 13): what happened to an idea I posted, voted on or follow.
-- Written once for PostgreSQL and the embedded H2 (PostgreSQL mode). Rows are only ever inserted by SQL
-- (never by EclipseLink), so these sequences step by 1.

create sequence notification_fanout_seq start with 1 increment by 1;
create sequence notification_seq start with 1 increment by 1;

-- One event to tell many members, written in the same transaction as the event itself (a status change), so it
-- is never lost. A background worker turns it into notifications, a page of recipients per transaction, and
-- remembers how far it got (done_through: recipients are expanded in member id order), so a crash resumes where
-- the last committed page ended and the request that caused it never waits for 10,000 recipients.
create table notification_fanout (
    id           bigint primary key,
    -- Who hears of it: the name of an Audience (e.g. 'idea': its author, voters and followers) and its target.
    audience     varchar(40) not null,
    target_id    bigint not null,
    -- Who caused it; not told of their own action.
    actor_id     bigint,
    kind         varchar(30) not null,
    subject      varchar(200) not null,
    status       varchar(20),
    excerpt      varchar(300),
    link         varchar(300) not null,
    done_through bigint not null default 0,
    created_at   timestamp with time zone not null
);

-- A member's notification: a snapshot of the event (kind, subject, status, excerpt, link), so reading the list
-- needs no other feature. At most one per event and member.
create table notification (
    id         bigint primary key,
    member_id  bigint not null references member (id),
    fanout_id  bigint not null,
    kind       varchar(30) not null,
    subject    varchar(200) not null,
    status     varchar(20),
    excerpt    varchar(300),
    link       varchar(300) not null,
    created_at timestamp with time zone not null,
    read_at    timestamp with time zone,
    constraint notification_once unique (fanout_id, member_id)
);
-- The list, newest first (keyset on id), and the unread count (an index range of the unread rows only).
create index notification_member on notification (member_id, id desc);
create index notification_member_unread on notification (member_id, read_at);

-- The idea audience pages through an idea's followers in member id order (follow_target has no member id).
create index follow_target_member on follow (target_type, target_id, member_id);
