-- RICE reach by segment (issue 14, item 5): a RICE placement counts its reach either as the members it reaches or as
-- those members weighted by the share of the community's segments (regions, age bands, customer types) among them.
alter table matrix_placement add column reach_basis varchar(10) not null default 'MEMBERS';
