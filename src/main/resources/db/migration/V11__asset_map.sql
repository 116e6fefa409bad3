-- The asset map of a street or block picks that area's profile items by the owner's place that
-- each item carries (V10); a neighbourhood's come from profile_item_neighbourhood.
create index profile_item_street on profile_item (street_id);
create index profile_item_address on profile_item (address_id);
