-- Closing the loop (issue 13): staff move ideas along the status workflow and answer them officially.
-- Written once for PostgreSQL and the embedded H2 (PostgreSQL mode). Sequences start at 50 and step 50
-- because EclipseLink preallocates 50 ids at a time (see V1).

create sequence idea_status_change_seq start with 50 increment by 50;
create sequence official_answer_seq start with 50 increment by 50;
create sequence official_answer_revision_seq start with 50 increment by 50;

-- Every status change of an idea, oldest first on the idea page: who moved it from what to what, and why.
create table idea_status_change (
    id          bigint primary key,
    idea_id     bigint not null references idea (id) on delete cascade,
    from_status varchar(20) not null,
    to_status   varchar(20) not null,
    message     varchar(2000),
    changed_by  bigint not null references member (id),
    changed_at  timestamp with time zone not null
);
create index idea_status_change_idea on idea_status_change (idea_id, changed_at, id);

-- The team's one official answer per idea (Markdown as typed, and its sanitised HTML), pinned above the discussion.
create table official_answer (
    id         bigint primary key,
    idea_id    bigint not null references idea (id) on delete cascade,
    author_id  bigint not null references member (id),
    body       varchar(10000) not null,
    body_html  varchar(200000) not null,
    language   varchar(2) not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    constraint official_answer_idea_unique unique (idea_id)
);

-- An official answer's earlier wordings, kept on every edit.
create table official_answer_revision (
    id        bigint primary key,
    answer_id bigint not null references official_answer (id) on delete cascade,
    body      varchar(10000) not null,
    editor_id bigint not null references member (id),
    edited_at timestamp with time zone not null
);
create index official_answer_revision_answer on official_answer_revision (answer_id, edited_at, id);
