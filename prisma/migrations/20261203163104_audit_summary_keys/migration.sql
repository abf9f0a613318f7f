-- AlterTable
ALTER TABLE "AuditEntry" ADD COLUMN "summaryKey" TEXT;
ALTER TABLE "AuditEntry" ADD COLUMN "summaryParams" JSONB;
