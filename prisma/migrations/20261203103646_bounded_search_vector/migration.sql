-- The search vector of 20261129095207_publication_search, bounded (issue 14, item 3).
-- PostgreSQL's text-search parser reads a run like "a_a_a…" as a possible host name
-- from every underscore on, which is quadratic: 8,000 characters took 290 ms and a
-- 98,000-character body ran past the statement timeout on publish. Between words "_"
-- is a separator to the parser, as a space is, so underscores are indexed as spaces
-- (translate); "snake_case" still matches 'snake' <-> 'case'. The title, summary and
-- body are also capped in length (left) whatever the schemas allow, the body at its
-- 100,000-character limit; quotes are limited by their schema (5,000 characters).
-- A generated column's expression cannot be changed in place (before PostgreSQL 17):
-- the column and its index are made again, which recomputes every row.

DROP INDEX "Publication_searchVector_idx";
ALTER TABLE "Publication" DROP COLUMN "searchVector";

ALTER TABLE "Publication" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english'::regconfig, translate(left(COALESCE(snapshot ->> 'title', ''), 1000), '_', ' ')), 'A')
  || setweight(to_tsvector('english'::regconfig, translate(left(COALESCE(snapshot ->> 'summary', ''), 2000), '_', ' ')), 'B')
  || setweight(to_tsvector('english'::regconfig, regexp_replace(translate(left(COALESCE(snapshot ->> 'body', ''), 100000), '_', ' '), '\[@[qed][0-9]+\]', ' ', 'g')), 'C')
  || setweight(jsonb_to_tsvector('english'::regconfig, translate(jsonb_path_query_array(snapshot, '$.quotes[*].text')::text, '_', ' ')::jsonb, '["string"]'), 'C')
  || setweight(jsonb_to_tsvector('english'::regconfig, translate(jsonb_path_query_array(snapshot, '$.quotes[*].speakerName')::text, '_', ' ')::jsonb, '["string"]'), 'C')
) STORED;

CREATE INDEX "Publication_searchVector_idx" ON "Publication" USING GIN ("searchVector");
