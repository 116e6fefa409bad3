-- Dutch full-text search over profile items and services. The text-search vectors are stored, so
-- a search over a neighbourhood's few thousand items does not stem every label again.
alter table profile_item add column search tsvector generated always as (to_tsvector('dutch', label)) stored;
create index profile_item_search on profile_item using gin (search);
alter table service add column search tsvector
    generated always as (to_tsvector('dutch', name || ' ' || purpose)) stored;
create index service_search on service using gin (search);
