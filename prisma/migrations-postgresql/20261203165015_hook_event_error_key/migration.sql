-- AlterTable
ALTER TABLE "HookEvent" ADD COLUMN     "errorKey" TEXT,
ADD COLUMN     "errorParams" JSON;
