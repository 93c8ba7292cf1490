-- Channel attribution (issue 16, item 5): where visits that lead to something come from, without trackers.
-- Written once for PostgreSQL and the embedded H2 (PostgreSQL mode); both tables are written by SQL only.

-- A short link per channel that admins hand out (/c/{code} -> target inside Kring), e.g. on a receipt's QR code.
create sequence channel_link_seq start with 1 increment by 1;
create table channel_link (
    id         bigint primary key,
    code       varchar(40) not null unique,
    channel    varchar(40) not null,
    target     varchar(300) not null,
    created_at timestamp with time zone not null,
    created_by bigint not null references member (id)
);

-- Counters, one row per month, channel and kind (VISIT, SIGNUP, IDEA, VOTE, POST): no member, no visitor, no trail.
-- Each event adds 1 to its row with one update (an insert only for the month's first); the month leads the key, so a
-- range of months is one index range.
create table channel_count (
    month   date not null,
    channel varchar(40) not null,
    kind    varchar(10) not null,
    total   bigint not null,
    primary key (month, channel, kind)
);
