-- Administration (issue 16, item 6): topics can be archived, challenges carry a cover text and an outcome, and
-- every admin action (topics, challenges, roles) is kept in an audit log of its own with the state before and after.
-- Written once for PostgreSQL and the embedded H2 (PostgreSQL mode); the log is written by EclipseLink (step 50, see V1).

-- Set while a topic is archived: it leaves boards and new-idea choices; its ideas and threads stay readable.
alter table topic add column archived_at timestamp with time zone;

alter table challenge add column cover_text varchar(400) not null default '';
-- What the company did with the challenge's ideas, shown on the challenge's page once published.
alter table challenge add column outcome_nl varchar(4000);
alter table challenge add column outcome_en varchar(4000);
alter table challenge add column outcome_at timestamp with time zone;

create sequence admin_action_seq start with 50 increment by 50;

-- One line per admin action: who, when, what (e.g. TOPIC_ARCHIVED, ROLE_CHANGED), on which target, and the state
-- before and after as short text (a role name, an archived moment, a JSON summary of the changed fields).
create table admin_action (
    id          bigint primary key,
    admin_id    bigint not null references member (id),
    action      varchar(40) not null,
    target_type varchar(20) not null,
    target_id   bigint not null,
    state_before varchar(4000),
    state_after  varchar(4000),
    created_at  timestamp with time zone not null
);
-- The log per target (a member's role history), newest first; the whole log pages on the primary key.
create index admin_action_target on admin_action (target_type, target_id, id desc);

-- GET /api/v1/admin/members lists the staff (every role but MEMBER) by id: a range scan, not a scan of all members.
create index member_role on member (role, id);
