-- CreateTable
CREATE TABLE "InspectorBin" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "token" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "responseStatus" INTEGER NOT NULL DEFAULT 200,
    "responseContentType" TEXT NOT NULL DEFAULT 'application/json',
    "responseBody" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "InspectorCapture" (
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
    "receivedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "InspectorCapture_binId_fkey" FOREIGN KEY ("binId") REFERENCES "InspectorBin" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "InspectorBin_token_key" ON "InspectorBin"("token");

-- CreateIndex
CREATE INDEX "InspectorCapture_binId_id_idx" ON "InspectorCapture"("binId", "id");
