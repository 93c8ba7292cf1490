-- Pre-moderation (issue 12, item 4): contributions held for a moderator before anyone else sees them, members a
-- moderator put on watch, and watched words. Written once for PostgreSQL and the embedded H2 (PostgreSQL mode).

-- Why an item waits although nobody flagged it (e.g. "member on watch", "watched word 'x'"); null for flagged items.
alter table moderation_item add column held_reason varchar(200);

-- Members whose every contribution waits for a moderator, until a moderator takes them off watch (logged, undoable).
create table member_watch (
    member_id  bigint primary key references member (id),
    reason     varchar(500) not null,
    watched_by bigint references member (id),
    since      timestamp with time zone not null
);

create sequence watched_word_seq start with 50 increment by 50;

-- Words and phrases that admins watch in titles and bodies: HOLD (to the queue), BLOCK (refused), REPLACE (censored).
-- Stored in lower case (matched ignoring case); language nl, en or any.
create table watched_word (
    id          bigint primary key,
    word        varchar(100) not null,
    language    varchar(3) not null,
    action      varchar(10) not null,
    replacement varchar(100),
    created_by  bigint references member (id),
    created_at  timestamp with time zone not null,
    constraint watched_word_unique unique (word, language)
);
