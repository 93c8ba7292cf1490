-- Settings that admins change on the settings page (issue 16, item 6): the branding and the write limits. A stored
-- value overrides the environment's (KRING_BRAND_NAME, KRING_RATE_LIMIT_...); deleting the row falls back to it.
-- name is the MicroProfile Config name (kring.brand.name, kring.rate-limit.ideas-per-hour).
create table stored_setting (
    name          varchar(80) primary key,
    setting_value varchar(400) not null,
    updated_at    timestamp with time zone not null,
    updated_by    bigint not null references member (id)
);
