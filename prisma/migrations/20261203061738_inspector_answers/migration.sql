-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_InspectorBin" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "token" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "responseStatus" INTEGER NOT NULL DEFAULT 200,
    "responseContentType" TEXT NOT NULL DEFAULT 'application/json',
    "responseBody" TEXT,
    "responseAnswers" JSONB,
    "answeredCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_InspectorBin" ("createdAt", "id", "name", "responseBody", "responseContentType", "responseStatus", "token") SELECT "createdAt", "id", "name", "responseBody", "responseContentType", "responseStatus", "token" FROM "InspectorBin";
DROP TABLE "InspectorBin";
ALTER TABLE "new_InspectorBin" RENAME TO "InspectorBin";
CREATE UNIQUE INDEX "InspectorBin_token_key" ON "InspectorBin"("token");
CREATE TABLE "new_InspectorCapture" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "binId" TEXT NOT NULL,
    "method" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "contentType" TEXT,
    "headers" JSONB NOT NULL,
    "body" TEXT NOT NULL,
    "bodyEncoding" TEXT NOT NULL DEFAULT 'utf8',
    "bodyBytes" INTEGER NOT NULL,
    "bodyTruncated" BOOLEAN NOT NULL DEFAULT false,
    "remoteAddress" TEXT,
    "responseStatus" INTEGER NOT NULL,
    "responseHeaders" JSONB,
    "responseDelayMs" INTEGER NOT NULL DEFAULT 0,
    "answerNumber" INTEGER,
    "receivedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "InspectorCapture_binId_fkey" FOREIGN KEY ("binId") REFERENCES "InspectorBin" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_InspectorCapture" ("binId", "body", "bodyBytes", "bodyEncoding", "bodyTruncated", "contentType", "headers", "id", "method", "path", "query", "receivedAt", "remoteAddress", "responseStatus") SELECT "binId", "body", "bodyBytes", "bodyEncoding", "bodyTruncated", "contentType", "headers", "id", "method", "path", "query", "receivedAt", "remoteAddress", "responseStatus" FROM "InspectorCapture";
DROP TABLE "InspectorCapture";
ALTER TABLE "new_InspectorCapture" RENAME TO "InspectorCapture";
CREATE INDEX "InspectorCapture_binId_id_idx" ON "InspectorCapture"("binId", "id");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
