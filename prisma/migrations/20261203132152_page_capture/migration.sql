-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "domains" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "previousVersionId" TEXT;

-- CreateTable
CREATE TABLE "PageCapture" (
    "id" TEXT NOT NULL,
    "documentId" TEXT,
    "requestedUrl" TEXT NOT NULL,
    "finalUrl" TEXT NOT NULL,
    "status" INTEGER NOT NULL,
    "contentType" TEXT NOT NULL,
    "charset" TEXT NOT NULL,
    "body" BYTEA NOT NULL,
    "fetchedAt" TIMESTAMP(3) NOT NULL,
    "text" TEXT NOT NULL,
    "metadata" JSONB NOT NULL,
    "capturedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PageCapture_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PageCapture_documentId_key" ON "PageCapture"("documentId");

-- CreateIndex
CREATE INDEX "PageCapture_capturedById_createdAt_idx" ON "PageCapture"("capturedById", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Document_previousVersionId_key" ON "Document"("previousVersionId");

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_previousVersionId_fkey" FOREIGN KEY ("previousVersionId") REFERENCES "Document"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PageCapture" ADD CONSTRAINT "PageCapture_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PageCapture" ADD CONSTRAINT "PageCapture_capturedById_fkey" FOREIGN KEY ("capturedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
