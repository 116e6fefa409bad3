-- Dutch full-text search over profile items and services; the expressions must match the search's.
create index profile_item_fts on profile_item using gin (to_tsvector('dutch', label));
create index service_fts on service using gin (to_tsvector('dutch', name || ' ' || purpose));
