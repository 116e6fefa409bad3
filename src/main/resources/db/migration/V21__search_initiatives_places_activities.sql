-- Initiatives, meeting places and activities in the Dutch search, like services (V9).
alter table initiative add column search tsvector
    generated always as (to_tsvector('dutch', title || ' ' || what || ' ' || for_whom)) stored;
create index initiative_search on initiative using gin (search);
alter table place add column search tsvector
    generated always as (to_tsvector('dutch', name || ' ' || operator || ' ' || description)) stored;
create index place_search on place using gin (search);
