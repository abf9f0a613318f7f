-- AlterTable
ALTER TABLE "HookEvent" ADD COLUMN "errorKey" TEXT;
ALTER TABLE "HookEvent" ADD COLUMN "errorParams" JSONB;
