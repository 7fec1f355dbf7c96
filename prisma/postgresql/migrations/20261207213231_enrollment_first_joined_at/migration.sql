-- AlterTable
ALTER TABLE "Enrollment" ADD COLUMN     "firstJoinedAt" TIMESTAMP(3);

