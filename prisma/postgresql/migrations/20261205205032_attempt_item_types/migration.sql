-- AlterTable
ALTER TABLE "Attempt" ADD COLUMN     "itemTypes" TEXT;

