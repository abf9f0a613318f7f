-- AlterTable
ALTER TABLE "DeliveryAttempt" ADD COLUMN "errorKey" TEXT;
ALTER TABLE "DeliveryAttempt" ADD COLUMN "errorParams" JSONB;

-- AlterTable
ALTER TABLE "Enrollment" ADD COLUMN "cancelledByName" TEXT;
ALTER TABLE "Enrollment" ADD COLUMN "cancelledByToken" TEXT;
ALTER TABLE "Enrollment" ADD COLUMN "errorKey" TEXT;
ALTER TABLE "Enrollment" ADD COLUMN "errorParams" JSONB;

-- AlterTable
ALTER TABLE "EnrollmentStep" ADD COLUMN "errorKey" TEXT;
ALTER TABLE "EnrollmentStep" ADD COLUMN "errorParams" JSONB;
