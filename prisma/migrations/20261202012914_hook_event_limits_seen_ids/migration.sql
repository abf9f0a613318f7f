-- CreateTable
CREATE TABLE "HookSeenId" (
    "workflowId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "enrollmentId" TEXT,
    "receivedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,

    PRIMARY KEY ("workflowId", "kind", "value"),
    CONSTRAINT "HookSeenId_workflowId_fkey" FOREIGN KEY ("workflowId") REFERENCES "Workflow" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- Event ids already taken stay de-duplicated for 7 days from when they were received
-- (HOOK_EVENT_ID_WINDOW_MS), now that old events are pruned.
INSERT INTO "HookSeenId" ("workflowId", "kind", "value", "enrollmentId", "receivedAt", "expiresAt")
SELECT "workflowId", 'EVENT_ID', "eventId", "enrollmentId", "receivedAt", strftime('%Y-%m-%dT%H:%M:%f+00:00', "receivedAt", '+7 days')
FROM "HookEvent" WHERE "eventId" IS NOT NULL;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_HookEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workflowId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'ACCEPTED',
    "error" TEXT,
    "eventId" TEXT,
    "payload" JSONB,
    "body" TEXT,
    "bodyTruncated" BOOLEAN NOT NULL DEFAULT false,
    "bodyBytes" INTEGER NOT NULL DEFAULT 0,
    "headers" JSONB NOT NULL,
    "enrollmentId" TEXT,
    "receivedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "HookEvent_workflowId_fkey" FOREIGN KEY ("workflowId") REFERENCES "Workflow" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_HookEvent" ("enrollmentId", "error", "eventId", "headers", "id", "payload", "receivedAt", "status", "workflowId") SELECT "enrollmentId", "error", "eventId", "headers", "id", "payload", "receivedAt", "status", "workflowId" FROM "HookEvent";
DROP TABLE "HookEvent";
ALTER TABLE "new_HookEvent" RENAME TO "HookEvent";
CREATE INDEX "HookEvent_workflowId_receivedAt_idx" ON "HookEvent"("workflowId", "receivedAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "HookSeenId_workflowId_expiresAt_idx" ON "HookSeenId"("workflowId", "expiresAt");

-- Existing events: keep the newest 100 per workflow (HOOK_EVENTS_KEPT), and of refused events
-- over 4 KiB only their first 4 KiB (REFUSED_BODY_PREFIX_BYTES), marked as cut.
DELETE FROM "HookEvent" WHERE "id" IN (
    SELECT "id" FROM (
        SELECT "id", ROW_NUMBER() OVER (PARTITION BY "workflowId" ORDER BY "receivedAt" DESC, "id" DESC) AS "newest"
        FROM "HookEvent"
    ) WHERE "newest" > 100
);
UPDATE "HookEvent" SET "bodyBytes" = length(CAST("payload" AS BLOB)) WHERE "payload" IS NOT NULL;
UPDATE "HookEvent"
SET "body" = CAST(substr(CAST("payload" AS BLOB), 1, 4096) AS TEXT), "bodyTruncated" = true, "payload" = NULL
WHERE "status" = 'REJECTED' AND "payload" IS NOT NULL AND length(CAST("payload" AS BLOB)) > 4096;
