-- AlterEnum
ALTER TYPE "ReviewDecision" ADD VALUE 'voided';

-- AlterTable
ALTER TABLE "Review" ADD COLUMN     "submittedById" TEXT,
ALTER COLUMN "reviewerId" DROP NOT NULL;

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
