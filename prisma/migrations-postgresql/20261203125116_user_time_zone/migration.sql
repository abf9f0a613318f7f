-- AlterTable
ALTER TABLE "user" ADD COLUMN     "timeZone" TEXT;
