-- AlterTable
ALTER TABLE "DeliveryAttempt" ADD COLUMN     "errorKey" TEXT,
ADD COLUMN     "errorParams" JSON;

-- AlterTable
ALTER TABLE "Enrollment" ADD COLUMN     "cancelledByName" TEXT,
ADD COLUMN     "cancelledByToken" TEXT,
ADD COLUMN     "errorKey" TEXT,
ADD COLUMN     "errorParams" JSON;

-- AlterTable
ALTER TABLE "EnrollmentStep" ADD COLUMN     "errorKey" TEXT,
ADD COLUMN     "errorParams" JSON;
