-- AlterTable
ALTER TABLE "Attempt" ADD COLUMN     "analysisDigest" TEXT;

