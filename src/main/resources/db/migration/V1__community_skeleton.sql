-- Kring's first schema: members, topics, ideas and the search outbox.
-- Written once for PostgreSQL and the embedded H2 (which runs in PostgreSQL mode).
-- Ids come from sequences (not identity columns): EclipseLink's identity support fails on H2.
-- A sequence that EclipseLink preallocates 50 at a time starts at 50: it hands out 1..50 first.

create sequence member_seq start with 50 increment by 50;
create sequence topic_seq start with 50 increment by 50;
create sequence idea_seq start with 50 increment by 50;
create sequence search_outbox_seq start with 1 increment by 1;

create table member (
    id            bigint primary key,
    email         varchar(254) not null,
    display_name  varchar(60)  not null,
    password_hash varchar(200) not null,
    role          varchar(20)  not null,
    created_at    timestamp with time zone not null,
    constraint member_email_unique unique (email)
);

create table topic (
    id          bigint primary key,
    slug        varchar(60)  not null,
    name_nl     varchar(80)  not null,
    name_en     varchar(80)  not null,
    description_nl varchar(400) not null,
    description_en varchar(400) not null,
    position    integer not null,
    constraint topic_slug_unique unique (slug)
);

create table idea (
    id         bigint primary key,
    topic_id   bigint not null references topic (id),
    author_id  bigint not null references member (id),
    title      varchar(140) not null,
    body       varchar(10000) not null,
    language   varchar(2) not null,
    status     varchar(20) not null,
    vote_count integer not null default 0,
    post_count integer not null default 0,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null
);
create index idea_topic_created on idea (topic_id, created_at desc, id desc);
create index idea_created on idea (created_at desc, id desc);

-- Every change that the search index must see is written here in the same transaction as the change
-- itself; the indexer drains it in order. See README "How the index is kept in step".
create table search_outbox (
    id           bigint primary key,
    entity_type  varchar(20) not null,
    entity_id    bigint not null,
    created_at   timestamp with time zone not null
);
