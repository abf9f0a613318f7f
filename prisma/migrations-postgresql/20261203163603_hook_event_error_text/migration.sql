-- AlterTable
ALTER TABLE "HookEvent" ADD COLUMN     "errorText" JSON;
