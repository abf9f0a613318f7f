-- DropIndex
DROP INDEX "Job_status_lockedUntil_idx";

-- DropIndex
DROP INDEX "Job_lane_status_runAt_idx";

-- CreateIndex
CREATE INDEX "Enrollment_finishedAt_idx" ON "Enrollment"("finishedAt");

-- CreateIndex
CREATE INDEX "HookSeenId_expiresAt_idx" ON "HookSeenId"("expiresAt");

-- CreateIndex
CREATE INDEX "Job_queued_due_idx" ON "Job"("lane", "runAt") WHERE status = 'QUEUED';

-- CreateIndex
CREATE INDEX "Job_running_lease_idx" ON "Job"("lane", "lockedUntil") WHERE status = 'RUNNING';

-- CreateIndex
CREATE INDEX "Job_done_idx" ON "Job"("updatedAt") WHERE status = 'DONE';

-- CreateIndex
CREATE INDEX "Job_dead_idx" ON "Job"("updatedAt") WHERE status = 'DEAD';
