-- Members and access: profile attributes for insights, moderation's suspension, and login tokens.
-- Written once for PostgreSQL and the embedded H2 (PostgreSQL mode), like V1.

-- Optional profile attributes, given at registration. Stored for insights (segments in analyses),
-- never shown publicly. The allowed values are checked by the application (MembersResource).
alter table member add column age_band varchar(10);
alter table member add column region varchar(60);
alter table member add column customer_type varchar(20);
-- Set by moderation: until this moment the member cannot log in or use a token. Null: not suspended.
alter table member add column suspended_until timestamp with time zone;

-- API login tokens. Only the SHA-256 of a token is stored (hex), never the token itself, so a copy
-- of the database lets nobody act as a member. A token ends at expires_at or when revoked (logout).
-- EclipseLink preallocates 50 ids at a time: the sequence starts at 50 and steps by 50 (see V1).
create sequence auth_token_seq start with 50 increment by 50;

create table auth_token (
    id          bigint primary key,
    member_id   bigint not null references member (id),
    token_hash  varchar(64) not null,
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    revoked_at  timestamp with time zone,
    constraint auth_token_hash_unique unique (token_hash)
);
-- The unique constraint indexes token_hash (the lookup on every request); this one serves
-- "all tokens of a member" (revoke all on suspension, list sessions) and the foreign key.
create index auth_token_member on auth_token (member_id, expires_at);
