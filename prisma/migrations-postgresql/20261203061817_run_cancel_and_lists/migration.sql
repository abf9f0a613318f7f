-- DropIndex
DROP INDEX "Enrollment_status_idx";

-- DropIndex
DROP INDEX "Enrollment_workflowId_createdAt_idx";

-- AlterTable
ALTER TABLE "Enrollment" ADD COLUMN     "cancelledBy" TEXT;

-- CreateIndex
CREATE INDEX "Enrollment_workflowId_createdAt_id_idx" ON "Enrollment"("workflowId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Enrollment_createdAt_id_idx" ON "Enrollment"("createdAt", "id");

-- CreateIndex
CREATE INDEX "Enrollment_status_createdAt_id_idx" ON "Enrollment"("status", "createdAt", "id");
