-- The answers given to requests that carried an Idempotency-Key, per user, so that a retried submission replays the
-- first answer instead of creating a second document. A row is written in the transaction of the work it answers:
-- both commit, or neither does. The row is inserted before the work, so that a concurrent request with the same key
-- waits on its key until the first commits (and then replays it) or rolls back (and then does the work itself); the
-- answer is written at the end. Kept 24 hours at least: rows older than 48 hours go when their user sends a new key.
create table idempotency_key (
    user_id      uuid        not null,
    key          text        not null check (char_length(key) between 1 and 255),
    request_hash bytea       not null,
    status       integer     check (status between 200 and 299),
    content_type text,
    location     text,
    body         bytea,
    created_at   timestamptz not null default now(),
    primary key (user_id, key),
    constraint idempotency_key_answer check ((status is null) = (body is null))
);

create index idempotency_key_age_idx on idempotency_key (user_id, created_at);
