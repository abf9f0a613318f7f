-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_HookEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workflowId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'ACCEPTED',
    "error" TEXT,
    "eventId" TEXT,
    "payload" JSONB NOT NULL,
    "headers" JSONB NOT NULL,
    "enrollmentId" TEXT,
    "receivedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "HookEvent_workflowId_fkey" FOREIGN KEY ("workflowId") REFERENCES "Workflow" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_HookEvent" ("enrollmentId", "eventId", "headers", "id", "payload", "receivedAt", "workflowId") SELECT "enrollmentId", "eventId", "headers", "id", "payload", "receivedAt", "workflowId" FROM "HookEvent";
DROP TABLE "HookEvent";
ALTER TABLE "new_HookEvent" RENAME TO "HookEvent";
CREATE INDEX "HookEvent_workflowId_receivedAt_idx" ON "HookEvent"("workflowId", "receivedAt");
CREATE UNIQUE INDEX "HookEvent_workflowId_eventId_key" ON "HookEvent"("workflowId", "eventId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "PropertyHistory_name_value_idx" ON "PropertyHistory"("name", "value");
