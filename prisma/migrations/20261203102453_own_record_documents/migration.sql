-- CreateEnum
CREATE TYPE "DocumentKind" AS ENUM ('published', 'own_record');

-- CreateEnum
CREATE TYPE "RecordMethod" AS ENUM ('phone_call', 'video_call', 'in_person', 'press_conference', 'recording', 'email');

-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "kind" "DocumentKind" NOT NULL DEFAULT 'published',
ADD COLUMN     "recordMethod" "RecordMethod",
ADD COLUMN     "recordedBy" TEXT;

-- A claim's claimant is a source the brief cites, as a quote's speaker is (issue 17,
-- R5): the source page lists briefs by this key. Outside Prisma's schema, like the
-- column it replaces (20261129090000_reader_publication_keys); PostgreSQL 15 cannot
-- change a generated column's expression, so it is made again.
DROP INDEX "Publication_sourceIds_idx";
ALTER TABLE "Publication" DROP COLUMN "sourceIds";
ALTER TABLE "Publication"
  ADD COLUMN "sourceIds" JSONB GENERATED ALWAYS AS (
    jsonb_path_query_array("snapshot", '$.documents[*].source.id')
    || jsonb_path_query_array("snapshot", '$.quotes[*].speakerSource.id')
    || jsonb_path_query_array("snapshot", '$.events[*].reportedBy.id')
    || jsonb_path_query_array("snapshot", '$.claims[*].speakerSource.id')
  ) STORED;
CREATE INDEX "Publication_sourceIds_idx" ON "Publication" USING GIN ("sourceIds");
