-- The public roadmap and changelog (issue 13): when an idea entered its current status, so that the Planned, In
-- progress and Done columns list the latest moves first. Written once for PostgreSQL and the embedded H2
-- (PostgreSQL mode). The default keeps rows written by plain SQL (imports, tests) valid.
alter table idea add column status_changed_at timestamp with time zone default current_timestamp;

-- Ideas moved before this column existed: their last recorded status change, else the day they were posted.
update idea set status_changed_at = coalesce(
    (select max(c.changed_at) from idea_status_change c where c.idea_id = idea.id), created_at);
alter table idea alter column status_changed_at set not null;

-- One roadmap column (or the changelog: status DONE) is an index range, newest move first.
create index idea_roadmap on idea (status, status_changed_at desc, id desc);
