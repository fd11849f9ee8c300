-- CreateEnum
CREATE TYPE "CandidateDecision" AS ENUM ('accepted', 'rejected');

-- CreateTable
CREATE TABLE "ExtractionDecision" (
    "id" TEXT NOT NULL,
    "briefId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "candidateKey" TEXT NOT NULL,
    "decision" "CandidateDecision" NOT NULL,
    "itemRef" TEXT,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExtractionDecision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ExtractionDecision_documentId_idx" ON "ExtractionDecision"("documentId");

-- CreateIndex
CREATE INDEX "ExtractionDecision_decidedById_idx" ON "ExtractionDecision"("decidedById");

-- CreateIndex
CREATE UNIQUE INDEX "ExtractionDecision_briefId_documentId_candidateKey_key" ON "ExtractionDecision"("briefId", "documentId", "candidateKey");

-- AddForeignKey
ALTER TABLE "ExtractionDecision" ADD CONSTRAINT "ExtractionDecision_briefId_fkey" FOREIGN KEY ("briefId") REFERENCES "Brief"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExtractionDecision" ADD CONSTRAINT "ExtractionDecision_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExtractionDecision" ADD CONSTRAINT "ExtractionDecision_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
