-- Moderation (issue 12): members flag content, one queue of items that need a decision, each decision in a log
-- that can undo it. Written once for PostgreSQL and the embedded H2 (PostgreSQL mode); sequences step by 50
-- because EclipseLink preallocates 50 ids (see V1).

create sequence moderation_item_seq start with 50 increment by 50;
create sequence flag_seq start with 50 increment by 50;
create sequence moderation_action_seq start with 50 increment by 50;

-- One row per flagged (or held) contribution or member: the queue. New flags after a decision reopen the same row,
-- so a target is never twice in the queue.
create table moderation_item (
    id            bigint primary key,
    -- IDEA, THREAD, POST or MEMBER, and its id.
    target_type   varchar(10) not null,
    target_id     bigint not null,
    -- The member whose content (or profile) this is, and the topic it lives in (null for a member).
    author_id     bigint not null references member (id),
    topic_id      bigint references topic (id),
    -- OPEN (waiting), DECIDED.
    state         varchar(10) not null,
    -- Sum of the flags' weights and how many flags; kept exact by one atomic update per flag.
    score         numeric(8, 2) not null default 0,
    flag_count    integer not null default 0,
    -- The reason of the latest flag, for filtering.
    last_reason   varchar(20),
    -- Set once by the flag whose weight reached the topic's threshold: that transaction hid the target.
    auto_hidden   boolean not null default false,
    -- When the item (last) started waiting.
    opened_at     timestamp with time zone not null,
    decided_at    timestamp with time zone,
    decided_by    bigint references member (id),
    decision      varchar(20),
    -- A moderator who took the item, until when; others cannot act on it meanwhile.
    claimed_by    bigint references member (id),
    claimed_until timestamp with time zone,
    constraint moderation_item_target_unique unique (target_type, target_id)
);
-- The queue: waiting items by score or by age, keyset paged.
create index moderation_item_open_score on moderation_item (state, score desc, id desc);
create index moderation_item_open_age on moderation_item (state, opened_at, id);
create index moderation_item_author on moderation_item (author_id);

-- The audit log: every decision, automatic (moderator_id null) or by hand, with the state before, so it can be undone.
create table moderation_action (
    id            bigint primary key,
    item_id       bigint references moderation_item (id),
    moderator_id  bigint references member (id),
    action        varchar(20) not null,
    target_type   varchar(10) not null,
    target_id     bigint not null,
    author_id     bigint references member (id),
    reason        varchar(500),
    state_before  varchar(20) not null,
    state_after   varchar(20) not null,
    -- The action this one undoes, and (on the undone action) the undo that reversed it.
    undoes_id     bigint references moderation_action (id),
    undone_by_id  bigint references moderation_action (id),
    created_at    timestamp with time zone not null
);
create index moderation_action_created on moderation_action (created_at desc, id desc);
create index moderation_action_moderator on moderation_action (moderator_id, created_at desc, id desc);
create index moderation_action_author on moderation_action (author_id, created_at desc, id desc);
create index moderation_action_target on moderation_action (target_type, target_id);

create table flag (
    id           bigint primary key,
    item_id      bigint not null references moderation_item (id),
    flagger_id   bigint not null references member (id),
    -- SPAM, OFFENSIVE, OFF_TOPIC, DUPLICATE, PERSONAL_DATA, OTHER.
    reason       varchar(20) not null,
    text         varchar(500),
    duplicate_of bigint,
    -- What this flag adds to the item's score, and why (e.g. "moderator", "2 upheld"): the score's explanation.
    weight       numeric(5, 2) not null,
    weight_basis varchar(60) not null,
    -- Null while the item waits; UPHELD or REJECTED after the decision (feeds the flagger's next weights).
    outcome      varchar(10),
    -- The logged decision that gave the outcome: undoing it takes exactly these outcomes back.
    outcome_action_id bigint references moderation_action (id),
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null,
    constraint flag_one_per_member unique (item_id, flagger_id)
);
create index flag_flagger on flag (flagger_id, created_at desc, id desc);

-- Per topic, the score at which flags hide a contribution at once (no row: the configured default, 3).
create table moderation_threshold (
    topic_id   bigint primary key references topic (id),
    hide_score numeric(8, 2) not null
);
