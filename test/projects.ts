// Test files that never open the database (pure units, or tests with their own database,
// such as lib/db/migrate.test.ts): they run once, in the "sqlite" project. Every other file
// runs on SQLite and on PostgreSQL, new files included. test/database-per-file.ts fails a
// listed file that opens the database after all.
export const DATABASE_FREE_FILES: string[] = [
  "app/theme-contrast.test.ts",
  "components/workflow-editor/draft-history.test.ts",
  "lib/actions/delay/step-detail.test.ts",
  "lib/actions/output-references.test.ts",
  "lib/crm/property-definitions.test.ts",
  "lib/i18n/catalogs.test.ts",
  "lib/i18n/literal-strings.test.ts",
  "lib/i18n/negotiate.test.ts",
  "lib/actions/send-webhook/build-request.test.ts",
  "lib/actions/send-webhook/deliver-webhook.test.ts",
  "lib/actions/send-webhook/extract-outputs.test.ts",
  "lib/actions/send-webhook/signature.test.ts",
  "lib/actions/set-property/definition.test.ts",
  "lib/architecture.test.ts",
  "lib/auth/return-path.test.ts",
  "lib/auth/roles.test.ts",
  "lib/client/api-types.test.ts",
  "lib/config.test.ts",
  "lib/crm/payloads.test.ts",
  "lib/crm/sample-data.test.ts",
  "lib/db/migrate.test.ts",
  "lib/db/two-clients.test.ts",
  "lib/http/error-status.test.ts",
  "lib/http/parse-json.test.ts",
  "lib/http/request-guard.test.ts",
  "lib/http/security-headers.test.ts",
  "lib/http/typed-response.test.ts",
  "lib/jobs/group-commit.test.ts",
  "lib/jobs/retry-policy.test.ts",
  "lib/jobs/retry-schedule.test.ts",
  "lib/secrets/redact-secrets.test.ts",
  "lib/secrets/secret-box.test.ts",
  "lib/webhook-trigger/verify-hook.test.ts",
  "lib/webhooks/classify-response.test.ts",
  "lib/webhooks/guarded-request.test.ts",
  "lib/webhooks/url-guard.test.ts",
  "lib/workflows/run-page-steps.test.ts",
  "scripts/check-config.test.ts",
  "scripts/forwarded-headers.test.ts",
];

// Test files about what only PostgreSQL has (LISTEN/NOTIFY, several worker processes on one
// server, a server restart): they run in the "postgresql" project only.
export const POSTGRESQL_ONLY_FILES: string[] = [
  "lib/jobs/job-wakeups.test.ts",
  "lib/workflows/many-workers.test.ts",
  "lib/workflows/database-restart.test.ts",
];
