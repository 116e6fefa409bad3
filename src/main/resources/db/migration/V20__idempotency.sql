-- What a POST with an Idempotency-Key created, so that a retry answers with the same thing instead
-- of creating a second one. Keys are per account and per kind of thing; old keys may be purged.
create table idempotency_key (
    account_id bigint not null references account (id) on delete cascade,
    scope text not null check (length(scope) between 1 and 40),
    key text not null check (length(key) between 1 and 200),
    result_id bigint,
    created_at timestamptz not null default now(),
    primary key (account_id, scope, key)
);
