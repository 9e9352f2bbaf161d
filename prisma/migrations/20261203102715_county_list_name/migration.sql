-- AlterTable
ALTER TABLE "County" ADD COLUMN     "listName" TEXT;
