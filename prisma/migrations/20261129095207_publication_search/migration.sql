-- Full-text search over publications (lib/search): a tsvector kept beside the immutable
-- snapshot by PostgreSQL, with a GIN index. Prisma cannot model a generated column, so
-- schema.prisma does not name it; lib/db/migrations.int.test.ts allows exactly this
-- column and index. The expression must be IMMUTABLE: the two-argument to_tsvector
-- with a fixed configuration, jsonb operators and jsonb_path_query_array.
-- Weights: title A, summary B, body and quotes (with their speakers) C. Citation
-- markers such as [@q1] are taken out of the body so that "q1" is not a word.

ALTER TABLE "Publication" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english'::regconfig, COALESCE(snapshot ->> 'title', '')), 'A')
  || setweight(to_tsvector('english'::regconfig, COALESCE(snapshot ->> 'summary', '')), 'B')
  || setweight(to_tsvector('english'::regconfig, regexp_replace(COALESCE(snapshot ->> 'body', ''), '\[@[qed][0-9]+\]', ' ', 'g')), 'C')
  || setweight(jsonb_to_tsvector('english'::regconfig, jsonb_path_query_array(snapshot, '$.quotes[*].text'), '["string"]'), 'C')
  || setweight(jsonb_to_tsvector('english'::regconfig, jsonb_path_query_array(snapshot, '$.quotes[*].speakerName'), '["string"]'), 'C')
) STORED;

CREATE INDEX "Publication_searchVector_idx" ON "Publication" USING GIN ("searchVector");
