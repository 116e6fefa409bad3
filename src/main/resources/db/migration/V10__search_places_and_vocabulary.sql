-- Search, faster and forgiving (issue 3).
--
-- 1. Every profile item carries a copy of its owner's address, street and neighbourhood, so that
--    a search picks a neighbourhood's items from one index (measured on 1M residents: the walk
--    neighbourhood -> address -> resident -> profile_item was most of a search's time).
alter table profile_item
    add column address_id bigint,
    add column street_id bigint,
    add column neighbourhood_id bigint;

-- Filling 2.5 million rows is about twice as fast without the indexes, which are rebuilt below.
set local maintenance_work_mem = '256MB';
drop index profile_item_search;
drop index profile_item_tag;
drop index profile_item_resident;
alter table profile_item drop constraint profile_item_resident_id_kind_label_key;
alter table profile_item drop constraint profile_item_pkey;

update profile_item pi set address_id = a.id, street_id = a.street_id, neighbourhood_id = a.neighbourhood_id
from resident r join address a on a.id = r.address_id
where r.id = pi.resident_id;

alter table profile_item add constraint profile_item_pkey primary key (id);
alter table profile_item add constraint profile_item_resident_id_kind_label_key unique (resident_id, kind, label);
create index profile_item_resident on profile_item (resident_id);
create index profile_item_tag on profile_item (tag);
-- Still used when a search covers every neighbourhood (the administrator's).
create index profile_item_search on profile_item using gin (search);
-- A search reads a neighbourhood's items from this index alone (an index-only scan): measured on
-- 1M residents, 0.5 ms instead of 1.0 ms for the 1,500 items of three neighbourhoods, whose rows
-- lie on some 560 table pages.
create index profile_item_neighbourhood on profile_item (neighbourhood_id)
    include (id, resident_id, kind, label, visibility, search, address_id, street_id);

analyze profile_item;

-- Triggers keep the copy equal to the owner's address whichever module writes resident, address
-- or profile_item rows: a stale copy would show an item to the wrong street.
create function profile_item_place() returns trigger language plpgsql as $$
begin
    select a.id, a.street_id, a.neighbourhood_id into new.address_id, new.street_id, new.neighbourhood_id
    from resident r join address a on a.id = r.address_id
    where r.id = new.resident_id;
    return new;
end $$;
create trigger profile_item_place before insert or update of resident_id, address_id, street_id, neighbourhood_id
    on profile_item for each row execute function profile_item_place();

create function resident_moved() returns trigger language plpgsql as $$
begin
    -- The row trigger above reads the resident's new address.
    update profile_item set address_id = new.address_id where resident_id = new.id;
    return null;
end $$;
create trigger resident_moved after update of address_id on resident
    for each row when (old.address_id is distinct from new.address_id) execute function resident_moved();

create function address_moved() returns trigger language plpgsql as $$
begin
    update profile_item pi set address_id = new.id
    from resident r where r.address_id = new.id and pi.resident_id = r.id;
    return null;
end $$;
create trigger address_moved after update of street_id, neighbourhood_id on address
    for each row when (old.street_id <> new.street_id or old.neighbourhood_id <> new.neighbourhood_id)
    execute function address_moved();

-- 2. A vocabulary of the words people and services use, so that a misspelt word ("boodschapen")
--    can also search the word that was meant. Trigram similarity finds the candidates.
create extension if not exists pg_trgm;

-- Collation C: the words are [a-z0-9] only, and a byte order lets a btree range find every word
-- that starts with a typed one.
create table search_word (
    word text collate "C" primary key check (word ~ '^[a-z0-9]{3,}$')
);
create index search_word_trigram on search_word using gin (word gin_trgm_ops);

-- The words of a text as the vocabulary keeps them, the same as DutchQuery reads typed text:
-- accents dropped (the letters of Latin-1 and Latin Extended-A), lower case, runs of a-z and 0-9,
-- at least three characters.
create function search_words(text) returns setof text language sql immutable strict parallel safe as $$
    select distinct w
    from regexp_split_to_table(
        lower(translate($1,
            'ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽž',
            'AAAAAACEEEEIIIINOOOOOUUUUYaaaaaaceeeeiiiinooooouuuuyyAaAaAaCcCcCcCcDdEeEeEeEeEeGgGgGgGgHhIiIiIiIiIJjKkLlLlLlNnNnNnOoOoOoRrRrRrSsSsSsSsTtTtUuUuUuUuUuUuWwYyYZzZzZz')),
        '[^a-z0-9]+') w
    where length(w) >= 3
$$;
