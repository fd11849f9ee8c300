-- What the reader's topic and source pages look up in a publication's snapshot,
-- kept beside it by PostgreSQL, so those pages find their briefs through a GIN index
-- instead of reading (and decompressing) every snapshot. They are derived from the
-- immutable snapshot, so they are always exactly what readers see — unlike BriefTopic
-- or the quote and event tables, which describe the working brief (perhaps a next
-- version being drafted). Prisma cannot model generated columns; the drift test in
-- lib/db/migrations.int.test.ts allows exactly these.
ALTER TABLE "Publication"
  ADD COLUMN "topicSlugs" JSONB GENERATED ALWAYS AS (jsonb_path_query_array("snapshot", '$.topics[*].slug')) STORED,
  ADD COLUMN "sourceIds" JSONB GENERATED ALWAYS AS (
    jsonb_path_query_array("snapshot", '$.documents[*].source.id')
    || jsonb_path_query_array("snapshot", '$.quotes[*].speakerSource.id')
    || jsonb_path_query_array("snapshot", '$.events[*].reportedBy.id')
  ) STORED;

CREATE INDEX "Publication_topicSlugs_idx" ON "Publication" USING GIN ("topicSlugs");
CREATE INDEX "Publication_sourceIds_idx" ON "Publication" USING GIN ("sourceIds");
