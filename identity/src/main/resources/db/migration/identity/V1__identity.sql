-- Users of one tenant. security_stamp changes with every change that must end the user's sessions
-- (password, roles, disabling); a session is valid only while its stamp matches.
create table user_account (
    id             uuid primary key,
    username       text        not null,
    email          text        not null,
    display_name   text        not null,
    password_hash  text        not null,
    roles          text[]      not null check (cardinality(roles) > 0),
    active         boolean     not null default true,
    totp_secret    text,
    totp_enabled   boolean     not null default false,
    security_stamp bigint      not null default 0,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now()
);
create unique index user_account_username_key on user_account (lower(username));
create unique index user_account_email_key on user_account (lower(email));

-- Server-side sessions: the cookie holds a random secret, the table only its SHA-256.
create table user_session (
    token_hash     bytea primary key,
    user_id        uuid        not null references user_account (id) on delete cascade,
    security_stamp bigint      not null,
    totp_pending   boolean     not null default false,
    created_at     timestamptz not null default now(),
    last_seen_at   timestamptz not null default now(),
    expires_at     timestamptz not null
);
create index user_session_user_idx on user_session (user_id);

-- Personal API tokens: shown once, stored as SHA-256.
create table api_token (
    id           uuid primary key,
    user_id      uuid        not null references user_account (id) on delete cascade,
    name         text        not null,
    token_hash   bytea       not null unique,
    created_at   timestamptz not null default now(),
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index api_token_user_idx on api_token (user_id);

-- Consecutive failed logins per login name, whether or not such a user exists.
create table login_throttle (
    login_key    text primary key,
    failures     int         not null,
    locked_until timestamptz,
    updated_at   timestamptz not null default now()
);

create table tenant_setting (
    singleton               boolean primary key default true check (singleton),
    require_totp_for_admins boolean not null default false
);
insert into tenant_setting default values;

-- The security audit trail: rows are only ever added.
create table audit_event (
    id             bigint generated always as identity primary key,
    occurred_at    timestamptz not null default now(),
    user_id        uuid,
    username       text,
    action         text        not null,
    outcome        text        not null,
    client_address text,
    detail         text,
    trace_id       text
);
create index audit_event_occurred_idx on audit_event (occurred_at desc);

create function forbid_audit_change() returns trigger language plpgsql as $$
begin
    raise exception 'the audit trail is append-only' using errcode = 'insufficient_privilege';
end
$$;
create trigger audit_event_append_only before update or delete on audit_event
    for each row execute function forbid_audit_change();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function forbid_audit_change();
