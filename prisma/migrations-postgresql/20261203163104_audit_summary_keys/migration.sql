-- AlterTable
ALTER TABLE "AuditEntry" ADD COLUMN     "summaryKey" TEXT,
ADD COLUMN     "summaryParams" JSON;
