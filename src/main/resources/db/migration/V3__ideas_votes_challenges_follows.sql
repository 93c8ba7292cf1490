-- Ideas grow into the full community core: challenges, tags, rendered bodies, revisions, votes,
-- follows and the columns that make every listing an index range scan.

create sequence challenge_seq start with 50 increment by 50;
create sequence idea_revision_seq start with 50 increment by 50;
create sequence follow_seq start with 50 increment by 50;

create table challenge (
    id             bigint primary key,
    topic_id       bigint not null references topic (id),
    slug           varchar(80) not null,
    title_nl       varchar(200) not null,
    title_en       varchar(200) not null,
    description_nl varchar(2000) not null,
    description_en varchar(2000) not null,
    opens_at       timestamp with time zone not null,
    closes_at      timestamp with time zone not null,
    created_at     timestamp with time zone not null,
    constraint challenge_slug_unique unique (slug)
);
create index challenge_topic on challenge (topic_id, opens_at desc);

alter table idea add column challenge_id bigint references challenge (id);
alter table idea add column body_html varchar(60000) not null default '';
-- Tags as typed by the author, space separated, for display; idea_tag below is for filtering.
alter table idea add column tags varchar(200) not null default '';
alter table idea add column moderation_state varchar(20) not null default 'PUBLISHED';
-- "Trending": log10(votes + 1) + created_epoch_seconds / 45000. Newer ideas start higher, so an
-- older idea needs ten times the votes to stay level 12.5 hours later; the score never needs a
-- periodic recompute and is kept in step by each vote.
alter table idea add column hot_score double precision not null default 0;

create index idea_top on idea (vote_count desc, id desc);
create index idea_hot on idea (hot_score desc, id desc);
create index idea_discussed on idea (post_count desc, id desc);
create index idea_topic_top on idea (topic_id, vote_count desc, id desc);
create index idea_topic_hot on idea (topic_id, hot_score desc, id desc);
create index idea_challenge_created on idea (challenge_id, created_at desc, id desc);
create index idea_author_created on idea (author_id, created_at desc, id desc);
create index idea_status_created on idea (status, created_at desc, id desc);

create table idea_tag (
    tag     varchar(30) not null,
    idea_id bigint not null references idea (id) on delete cascade,
    primary key (tag, idea_id)
);
create index idea_tag_idea on idea_tag (idea_id);

create table idea_revision (
    id        bigint primary key,
    idea_id   bigint not null references idea (id) on delete cascade,
    title     varchar(140) not null,
    body      varchar(10000) not null,
    tags      varchar(200) not null,
    editor_id bigint not null references member (id),
    edited_at timestamp with time zone not null
);
create index idea_revision_idea on idea_revision (idea_id, edited_at desc);

-- One vote per member per idea: the primary key makes a second vote impossible, whatever the timing.
create table vote (
    idea_id    bigint not null references idea (id) on delete cascade,
    member_id  bigint not null references member (id),
    created_at timestamp with time zone not null,
    primary key (idea_id, member_id)
);
create index vote_member on vote (member_id, created_at desc);

create table follow (
    id          bigint primary key,
    member_id   bigint not null references member (id),
    target_type varchar(10) not null,
    target_id   bigint not null,
    created_at  timestamp with time zone not null,
    constraint follow_unique unique (member_id, target_type, target_id)
);
create index follow_target on follow (target_type, target_id);

-- Ideas stored before this version: the trending score from their votes and age, and their author's vote.
update idea set hot_score = log10(vote_count + 1) + extract(epoch from created_at) / 45000;
