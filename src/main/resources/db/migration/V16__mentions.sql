-- Reply and mention notifications (issue 13 item 4). Written once for PostgreSQL and the embedded H2 (PostgreSQL mode).

-- Who was told that a contribution (an idea or a post) names them: at most once per contribution and member, however
-- often it is edited. Rows are inserted by SQL only (step 1).
create sequence mention_seq start with 1 increment by 1;
create table mention (
    id                bigint primary key,
    contribution_type varchar(10) not null,
    contribution_id   bigint not null,
    member_id         bigint not null references member (id),
    created_at        timestamp with time zone not null,
    constraint mention_once unique (contribution_type, contribution_id, member_id)
);
-- Erasing an account removes its mentions.
create index mention_member on mention (member_id);

-- An @Name is looked up by exact display name on every post that has one.
create index member_display_name on member (display_name);
