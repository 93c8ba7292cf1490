-- The team's dashboard and the impact report (issue 14, items 6 and 8) count what happened in a period: contributions,
-- votes and the members behind them by their creation time. Ideas already have idea_created; these make the other
-- counts an index range too. Written once for PostgreSQL and the embedded H2 (PostgreSQL mode).
create index vote_created on vote (created_at);
create index post_created on post (created_at);
create index discussion_thread_created on discussion_thread (created_at);
-- The impact report: ideas the team moved (planned, done) in a period.
create index idea_status_change_changed on idea_status_change (changed_at, to_status);
