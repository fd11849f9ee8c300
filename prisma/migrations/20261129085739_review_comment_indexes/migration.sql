-- CreateIndex
CREATE INDEX "ReviewComment_parentId_idx" ON "ReviewComment"("parentId");

-- CreateIndex
CREATE INDEX "ReviewComment_authorId_createdAt_idx" ON "ReviewComment"("authorId", "createdAt");
