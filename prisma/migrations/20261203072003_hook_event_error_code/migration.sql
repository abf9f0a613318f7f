-- AlterTable
ALTER TABLE "HookEvent" ADD COLUMN "errorCode" TEXT;
