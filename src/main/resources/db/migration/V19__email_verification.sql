-- Verified sign-up (issue 15, item 3): a member who signed up may log in and read, but writes nothing until they
-- followed the link mailed to their address. Every member so far (demo, staff, members of a migrated database, rows
-- written by SQL such as the benchmark's) counts as verified: only a new sign-up sets the flag to false.
-- Written for PostgreSQL and H2 (PostgreSQL mode).
alter table member add column email_verified boolean default true not null;

-- One-time links mailed to a member: the e-mail verification and the unlock of a locked account. Only the token's
-- SHA-256 is kept; the token itself is made when the mail is composed and lives only in the mail.
create table account_link (
    token_hash varchar(64) primary key,
    member_id  bigint not null references member (id) on delete cascade,
    purpose    varchar(20) not null,
    created_at timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    used_at    timestamp with time zone
);
create index account_link_member on account_link (member_id);
