-- Rounds, second part: where each volunteer starts and ends, and the neighbours who bake or prepare
-- for a day without walking a route.

-- Each volunteer starts and ends at home unless they choose the round's start point or another
-- address (a daughter's house, the community centre). HOME and ROUND_START follow the address or the
-- round as they are on the day of planning.
alter table round_volunteer
    add column start_point text not null default 'HOME' check (start_point in ('HOME', 'ROUND_START', 'ADDRESS')),
    add column start_address_id bigint references address (id),
    add column end_point text not null default 'HOME' check (end_point in ('HOME', 'ROUND_START', 'ADDRESS')),
    add column end_address_id bigint references address (id),
    add constraint round_volunteer_start_address check ((start_point = 'ADDRESS') = (start_address_id is not null)),
    add constraint round_volunteer_end_address check ((end_point = 'ADDRESS') = (end_address_id is not null));

-- Someone who bakes or prepares for one day of a round: how many pieces, and what (may be empty).
create table round_baker (
    round_id bigint not null references round (id) on delete cascade,
    day date not null,
    resident_id bigint not null references resident (id) on delete cascade,
    pieces integer not null check (pieces between 1 and 500),
    what text not null default '' check (length(what) <= 100),
    signed_up_at timestamptz not null,
    primary key (round_id, day, resident_id)
);
