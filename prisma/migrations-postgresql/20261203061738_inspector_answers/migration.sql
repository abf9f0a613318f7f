-- AlterTable
ALTER TABLE "InspectorBin" ADD COLUMN     "answeredCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "responseAnswers" JSON;

-- AlterTable
ALTER TABLE "InspectorCapture" ADD COLUMN     "answerNumber" INTEGER,
ADD COLUMN     "responseDelayMs" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "responseHeaders" JSON;
