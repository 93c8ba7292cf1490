-- Threaded discussions: every idea owns one thread, and members can start threads of their own in a topic.
-- Written once for PostgreSQL and the embedded H2 (PostgreSQL mode). Sequences start at 50 and step 50
-- because EclipseLink preallocates 50 ids at a time (see V1).

create sequence discussion_thread_seq start with 50 increment by 50;
create sequence post_seq start with 50 increment by 50;
create sequence post_revision_seq start with 50 increment by 50;

create table discussion_thread (
    id               bigint primary key,
    topic_id         bigint not null references topic (id),
    -- The idea that owns this thread; null for a standalone thread. At most one thread per idea.
    idea_id          bigint references idea (id),
    author_id        bigint not null references member (id),
    -- A standalone thread's own title; for an idea's thread a copy of the idea's title.
    title            varchar(140) not null,
    language         varchar(2) not null,
    -- Posts that are not deleted; kept exact by atomic updates in the posting transaction.
    post_count       integer not null default 0,
    last_post_at     timestamp with time zone not null,
    locked           boolean not null default false,
    pinned           boolean not null default false,
    moderation_state varchar(20) not null default 'PUBLISHED',
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    constraint discussion_thread_idea_unique unique (idea_id),
    constraint discussion_thread_post_count_non_negative check (post_count >= 0)
);
-- GET /threads?topic=...: newest activity first, per topic and over all topics.
create index discussion_thread_topic_activity on discussion_thread (topic_id, last_post_at desc, id desc);
create index discussion_thread_activity on discussion_thread (last_post_at desc, id desc);

create table post (
    id               bigint primary key,
    thread_id        bigint not null references discussion_thread (id),
    parent_id        bigint references post (id),
    -- 0 for a post that answers the thread, parent's depth + 1 for a reply; any depth is stored.
    depth            integer not null default 0,
    author_id        bigint not null references member (id),
    -- The Markdown source as typed, and its rendered, sanitised HTML (the only form a page shows).
    body             varchar(10000) not null,
    body_html        varchar(200000) not null,
    like_count       integer not null default 0,
    deleted          boolean not null default false,
    deleted_at       timestamp with time zone,
    moderation_state varchar(20) not null default 'PUBLISHED',
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    constraint post_depth_non_negative check (depth >= 0),
    constraint post_like_count_non_negative check (like_count >= 0)
);
-- GET /threads/{id}/posts?sort=oldest|newest (one index, read forwards or backwards) and sort=liked.
create index post_thread_created on post (thread_id, created_at, id);
create index post_thread_liked on post (thread_id, like_count desc, id);
create index post_parent on post (parent_id);
create index post_author on post (author_id);

create table post_revision (
    id        bigint primary key,
    post_id   bigint not null references post (id),
    -- The body as it was before this edit.
    body      varchar(10000) not null,
    edited_at timestamp with time zone not null,
    editor_id bigint not null references member (id)
);
create index post_revision_post on post_revision (post_id, edited_at, id);

create table post_like (
    post_id    bigint not null references post (id),
    member_id  bigint not null references member (id),
    created_at timestamp with time zone not null,
    primary key (post_id, member_id)
);
-- "likedByMe" for a page of posts: (member, post) lookups.
create index post_like_member on post_like (member_id, post_id);

-- Ideas posted before this migration get their thread now (from here on, posting an idea creates it).
insert into discussion_thread (id, topic_id, idea_id, author_id, title, language, post_count, last_post_at,
                               created_at, updated_at)
select nextval('discussion_thread_seq'), i.topic_id, i.id, i.author_id, i.title, i.language, 0, i.created_at,
       i.created_at, i.created_at
from idea i;
