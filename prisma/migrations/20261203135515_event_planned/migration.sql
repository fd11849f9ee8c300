-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "planned" BOOLEAN NOT NULL DEFAULT false;
