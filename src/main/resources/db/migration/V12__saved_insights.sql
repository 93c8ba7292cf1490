-- Saved insights with their evidence (issue 14, item 4): an analyst's statement, the workbench filter that produced
-- it, tags, the ideas it concerns, colleagues' comments, and quotes from ideas and posts kept as they were quoted.
-- Written once for PostgreSQL and the embedded H2 (PostgreSQL mode); sequences step 50 like EclipseLink (see V1).

create sequence saved_insight_seq start with 50 increment by 50;
create sequence insight_evidence_seq start with 50 increment by 50;
create sequence insight_comment_seq start with 50 increment by 50;

create table saved_insight (
    id         bigint primary key,
    title      varchar(200) not null,
    statement  varchar(5000) not null,
    filter     varchar(2000),
    state      varchar(20) not null,
    owner_id   bigint not null references member (id),
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null
);
-- The list pages newest first by id (the primary key); narrowed by owner or state, keyset on id within each.
create index saved_insight_owner on saved_insight (owner_id, id);
create index saved_insight_state on saved_insight (state, id);

create table saved_insight_tag (
    insight_id bigint not null references saved_insight (id) on delete cascade,
    tag        varchar(40) not null,
    primary key (insight_id, tag)
);
create index saved_insight_tag_tag on saved_insight_tag (tag, insight_id);

-- The ideas an insight concerns; an idea page may ask which insights concern it.
create table saved_insight_idea (
    insight_id bigint not null references saved_insight (id) on delete cascade,
    idea_id    bigint not null references idea (id) on delete cascade,
    primary key (insight_id, idea_id)
);
create index saved_insight_idea_idea on saved_insight_idea (idea_id);

-- A quote as it was quoted: the passage, where it came from, a digest of the source's text then (to tell when the
-- source changed since), and its author's segment at that moment (the author may change their profile later).
create table insight_evidence (
    id                   bigint primary key,
    insight_id           bigint not null references saved_insight (id) on delete cascade,
    source_type          varchar(10) not null,
    source_id            bigint not null,
    idea_id              bigint,
    thread_id            bigint,
    quote                varchar(2000) not null,
    source_digest        varchar(64) not null,
    author_age_band      varchar(10),
    author_region        varchar(60),
    author_customer_type varchar(20),
    added_by             bigint not null references member (id),
    added_at             timestamp with time zone not null
);
create index insight_evidence_insight on insight_evidence (insight_id, id);
create index insight_evidence_source on insight_evidence (source_type, source_id);

create table insight_comment (
    id         bigint primary key,
    insight_id bigint not null references saved_insight (id) on delete cascade,
    author_id  bigint not null references member (id),
    body       varchar(4000) not null,
    created_at timestamp with time zone not null
);
create index insight_comment_insight on insight_comment (insight_id, id);
