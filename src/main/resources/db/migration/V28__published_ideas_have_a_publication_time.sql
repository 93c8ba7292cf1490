-- Every idea members can see is on the response clock (issue 13): a published idea always has its publication time,
-- which only Idea.moderate sets. The database now refuses a published idea without one (an insert of raw SQL that
-- forgot it, a backfill gap), instead of leaving the idea off the clock unnoticed.

-- An idea published by a path V27's backfill did not read (no approval of a held idea logged): its first logged
-- publication, else its posting.
update idea set published_at = coalesce((select min(a.created_at) from moderation_action a where a.target_type = 'IDEA'
        and a.target_id = idea.id and a.state_after = 'PUBLISHED'), created_at)
    where moderation_state = 'PUBLISHED' and published_at is null;

alter table idea add constraint idea_published_has_publication_time
    check (moderation_state <> 'PUBLISHED' or published_at is not null);
