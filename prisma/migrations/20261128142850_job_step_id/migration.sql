-- AlterTable
ALTER TABLE "Job" ADD COLUMN "stepId" TEXT;

-- CreateIndex
CREATE INDEX "Job_stepId_idx" ON "Job"("stepId");
