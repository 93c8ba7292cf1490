-- Moderators limited to topics (issue 12, item 9). A moderator with no row here moderates every topic (and what has
-- no topic: members reported, profiles); with rows, only the items of those topics. Admins are never limited.
-- Written once for PostgreSQL and the embedded H2 (PostgreSQL mode).
create table moderator_topic (
    member_id bigint not null references member (id) on delete cascade,
    topic_id  bigint not null references topic (id) on delete cascade,
    primary key (member_id, topic_id)
);
-- A limited moderator's queue and waiting count: the waiting items of their topics.
create index moderation_item_topic_open on moderation_item (topic_id, state, score desc, id desc);
