-- Merging duplicate ideas and moving contributions (issue 12, moderation). A merged idea points at the idea it was
-- merged into; what the merge moved is kept per merge (the moderation log entry's id), so that unmerge is exact.
alter table idea add column merged_into_id bigint references idea (id);
create index idea_merged_into on idea (merged_into_id);

-- The merged idea's vote rows as they were; moved = the voter had no vote on the target (so the target got one),
-- otherwise it was a double vote that counted once on the target.
create table merged_vote (
    merge_id   bigint not null,
    member_id  bigint not null references member (id),
    created_at timestamp with time zone not null,
    moved      boolean not null,
    primary key (merge_id, member_id)
);

-- Followers of the merged idea who began to follow the target through the merge (unmerge stops exactly those).
create table merged_follow (
    merge_id  bigint not null,
    member_id bigint not null references member (id),
    primary key (merge_id, member_id)
);

-- The other idea of a merge (the target), kept on the log line.
alter table moderation_action add column related_id bigint;
-- A move logs where the contribution was and went (topic/challenge slugs): longer than a state name.
alter table moderation_action alter column state_before set data type varchar(200);
alter table moderation_action alter column state_after set data type varchar(200);
