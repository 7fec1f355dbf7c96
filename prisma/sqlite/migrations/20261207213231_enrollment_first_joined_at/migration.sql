-- AlterTable
ALTER TABLE "Enrollment" ADD COLUMN "firstJoinedAt" DATETIME;

