-- AlterTable
ALTER TABLE "HookEvent" ADD COLUMN "errorText" JSONB;
