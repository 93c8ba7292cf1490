-- A change that moved only counters (a vote, a like, a post under an idea): the indexer updates those fields
-- of the document instead of reading and rendering the whole contribution again.
alter table search_outbox add column counters_only boolean not null default false;
