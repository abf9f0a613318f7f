// A run's and a step's statuses, in a file of their own: the browser filters by them and must not
// load enrollments.ts, which reads the database.

export const ENROLLMENT_STATUSES = ["ACTIVE", "COMPLETED", "FAILED", "CANCELLED"] as const;
export type EnrollmentStatus = (typeof ENROLLMENT_STATUSES)[number];
export type StepStatus = "PENDING" | "RUNNING" | "RETRY_SCHEDULED" | "SUCCEEDED" | "FAILED" | "CANCELLED";
