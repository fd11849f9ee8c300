-- AlterEnum
ALTER TYPE "ReviewItemKind" ADD VALUE 'claim';

-- AlterEnum
ALTER TYPE "CorrectionKind" ADD VALUE 'verdict_change';

-- CreateTable
CREATE TABLE "VerdictRating" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "definition" TEXT NOT NULL,
    "value" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "retiredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "VerdictRating_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Claim" (
    "id" TEXT NOT NULL,
    "briefId" TEXT NOT NULL,
    "ref" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "quoted" BOOLEAN NOT NULL DEFAULT false,
    "speakerName" TEXT NOT NULL,
    "speakerSourceId" TEXT,
    "documentId" TEXT,
    "appearanceUrl" TEXT,
    "appearedOn" DATE,
    "ratingId" TEXT,
    "conclusion" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Claim_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "VerdictRating_name_key" ON "VerdictRating"("name");

-- CreateIndex
CREATE INDEX "VerdictRating_position_idx" ON "VerdictRating"("position");

-- CreateIndex
CREATE INDEX "Claim_briefId_position_idx" ON "Claim"("briefId", "position");

-- CreateIndex
CREATE INDEX "Claim_documentId_idx" ON "Claim"("documentId");

-- CreateIndex
CREATE INDEX "Claim_speakerSourceId_idx" ON "Claim"("speakerSourceId");

-- CreateIndex
CREATE INDEX "Claim_ratingId_idx" ON "Claim"("ratingId");

-- CreateIndex
CREATE UNIQUE INDEX "Claim_briefId_ref_key" ON "Claim"("briefId", "ref");

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_briefId_fkey" FOREIGN KEY ("briefId") REFERENCES "Brief"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_speakerSourceId_fkey" FOREIGN KEY ("speakerSourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_ratingId_fkey" FOREIGN KEY ("ratingId") REFERENCES "VerdictRating"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A default verdict scale, so that a new desk can rate claims at once; admins edit,
-- reorder, retire or add to it at /desk/admin/verdicts. Unproven sits below False
-- on the numeric scale only because a number is required; its definition says what it means.
INSERT INTO "VerdictRating" ("id", "name", "definition", "value", "position", "updatedAt") VALUES
  ('verdict-true', 'True', 'The claim is accurate and nothing significant is missing.', 5, 0, CURRENT_TIMESTAMP),
  ('verdict-mostly-true', 'Mostly true', 'The claim is accurate but needs clarification or additional information.', 4, 1, CURRENT_TIMESTAMP),
  ('verdict-misleading', 'Misleading', 'The claim contains accurate elements but leaves a false impression.', 3, 2, CURRENT_TIMESTAMP),
  ('verdict-mostly-false', 'Mostly false', 'The claim contains an element of truth but ignores facts that would change the picture.', 2, 3, CURRENT_TIMESTAMP),
  ('verdict-false', 'False', 'The claim is inaccurate.', 1, 4, CURRENT_TIMESTAMP),
  ('verdict-unproven', 'Unproven', 'There is not enough evidence to say whether the claim is true or false.', 0, 5, CURRENT_TIMESTAMP);
