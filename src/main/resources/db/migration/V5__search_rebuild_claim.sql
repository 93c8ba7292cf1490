-- The index a search rebuild is filling, shared by every Kring instance: while a row is here, each
-- instance's outbox indexer writes its changes to that index too, so none is lost in the alias swap.
-- At most one row (id 1): one rebuild at a time in the whole cluster. A row whose heartbeat is old
-- belongs to a rebuild whose instance died; it is ignored and replaced.
create table search_rebuild (
    id            integer primary key,
    target_index  varchar(255) not null,
    heartbeat_at  timestamp with time zone not null,
    constraint search_rebuild_single_row check (id = 1)
);
