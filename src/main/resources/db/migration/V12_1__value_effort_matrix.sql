-- The value/effort matrix and its pilots (issue 14, item 5): an analyst places an idea or a saved insight on the
-- matrix (value: a manual score or RICE; effort with a note); a placement becomes a pilot with an owner, a start, an
-- expected return and later its outcome and what was learned. PostgreSQL and H2 (PostgreSQL mode).

create sequence matrix_placement_seq start with 50 increment by 50;
create sequence pilot_seq start with 50 increment by 50;

create table matrix_placement (
    id           bigint primary key,
    item_type    varchar(10) not null,
    item_id      bigint not null,
    value_mode   varchar(10) not null,
    manual_value integer,
    impact       double precision,
    confidence   integer,
    effort       double precision not null,
    effort_note  varchar(500),
    placed_by    bigint not null references member (id),
    updated_at   timestamp with time zone not null,
    constraint matrix_placement_item_unique unique (item_type, item_id)
);

create table pilot (
    id              bigint primary key,
    placement_id    bigint not null references matrix_placement (id) on delete cascade,
    owner_id        bigint not null references member (id),
    start_date      date not null,
    expected_return varchar(1000) not null,
    outcome         varchar(2000),
    learning        varchar(2000),
    ended_at        timestamp with time zone,
    created_at      timestamp with time zone not null,
    constraint pilot_placement_unique unique (placement_id)
);
