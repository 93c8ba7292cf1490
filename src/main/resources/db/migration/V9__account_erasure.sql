-- Erasing an account (issue 15, GDPR): each erasure is recorded without any personal data: when, and whether the
-- member's content was deleted or kept under a placeholder. The placeholder ("former member") is a member row with
-- no email of its own, no profile and no password: it keeps the community's votes, likes and content exact.
create sequence account_erasure_seq start with 1 increment by 1;

create table account_erasure (
    id              bigint primary key,
    erased_at       timestamp with time zone not null,
    content_deleted boolean not null
);

-- Marks the placeholders: never notified, never mailed, never a person to count as a member.
alter table member add column former boolean not null default false;
