-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "confirmed" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "proposedById" TEXT;

-- AlterTable
ALTER TABLE "Brief" ADD COLUMN     "lastEditedById" TEXT;

-- AlterTable
-- Existing revisions: number them as the versions they were (hand-edited, so that
-- databases with revisions migrate).
ALTER TABLE "Revision" ADD COLUMN     "briefVersion" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "savedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
UPDATE "Revision" SET "briefVersion" = "number", "savedAt" = "createdAt";
ALTER TABLE "Revision" ALTER COLUMN "briefVersion" DROP DEFAULT;

-- CreateIndex
CREATE INDEX "Revision_briefId_briefVersion_idx" ON "Revision"("briefId", "briefVersion");

-- AddForeignKey
ALTER TABLE "Source" ADD CONSTRAINT "Source_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Brief" ADD CONSTRAINT "Brief_lastEditedById_fkey" FOREIGN KEY ("lastEditedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
