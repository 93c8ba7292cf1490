-- The response clock starts when members first see an idea (issue 13): at its posting, or when a moderator approves it
-- after pre-moderation held it. Null: never shown yet (held, or rejected from the queue); such ideas are not on the
-- clock. Written once for PostgreSQL and the embedded H2 (PostgreSQL mode).
alter table idea add column published_at timestamp with time zone;

-- Held at posting (the automatic HOLD is logged in the posting's transaction): public from the first approval, if any.
update idea set published_at = (select min(a.created_at) from moderation_action a where a.target_type = 'IDEA'
        and a.target_id = idea.id and a.state_before = 'HELD' and a.state_after = 'PUBLISHED')
    where exists (select 1 from moderation_action h where h.target_type = 'IDEA' and h.target_id = idea.id
        and h.action = 'HOLD' and h.created_at < idea.created_at + interval '1' minute);

-- Every other idea was public from its posting (also those hidden, or held for an edit, since).
update idea set published_at = created_at
    where published_at is null and not exists (select 1 from moderation_action h
        where h.target_type = 'IDEA' and h.target_id = idea.id and h.action = 'HOLD'
        and h.created_at < idea.created_at + interval '1' minute);

-- "Needs an answer" reads the unanswered ideas oldest published first: an index range of the unanswered rows.
drop index idea_unanswered;
create index idea_unanswered on idea (first_response_at, published_at, id);

-- The public figures read the ideas published in the last 90 days: an index range.
create index idea_published on idea (published_at);
