-- Sanctions on members (issue 12): until when a member may only read (silenced: no ideas, threads, posts, votes,
-- likes or flags). Suspensions and bans use member.suspended_until (V2); a ban is a suspension without end.
-- Expiry is by time: every check compares with now, so no job lifts a sanction. Written for PostgreSQL and H2.
alter table member add column silenced_until timestamp with time zone;
