-- The response-time clock (issue 13): when the team first responded to an idea, by an official answer or a status
-- change away from NEW. Null: not answered yet. Written once for PostgreSQL and the embedded H2 (PostgreSQL mode).
alter table idea add column first_response_at timestamp with time zone;

-- Ideas moved on before the clock existed: their last status change is the best known first response.
update idea set first_response_at = updated_at where status <> 'NEW';

-- "Needs an answer": unanswered ideas, oldest first (an index range of the unanswered rows).
create index idea_unanswered on idea (first_response_at, created_at, id);
