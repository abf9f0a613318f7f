import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { ExecutionResult } from "@/lib/actions/action-executor";
import { actionExecutors } from "@/lib/actions/action-executors";
import { ENGLISH_NAMING, type NamedAction, summaryContext } from "@/lib/actions/action-names";
import { actionDefinitions, actionTypeSchema, type ActionType } from "@/lib/actions/action-registry";
import { recordIdSchema } from "@/lib/crm/record-schemas";
import { getRecord } from "@/lib/crm/records";
import { AppError, type ErrorDetail } from "@/lib/errors";
import type { RunError } from "@/lib/i18n/run-errors";
import { englishMessage, type ValidationKey } from "@/lib/i18n/validation";
import type { IncomingResponse, OutgoingRequest } from "@/lib/webhooks/guarded-request";
import { getWorkflow } from "./workflows";

export const testActionSchema = z.strictObject({
  recordId: recordIdSchema,
  /** An unsaved draft of the action's config; the saved one is used when absent. */
  config: z.unknown().optional(),
  /** Type of an action not saved yet. */
  type: actionTypeSchema.optional(),
  /** The webhook trigger's payload to test with (the editor's draft sample); the saved sample when absent. */
  triggerPayload: z.unknown().optional(),
  /**
   * Earlier actions' outputs to test with, { [actionId]: { [output]: value } }: the outputs of their
   * last Test in the editor (pinned data). Without them a value from an earlier action fails the Test.
   */
  pinnedOutputs: z
    .record(z.string().max(100), z.record(z.string().max(200), z.unknown()), { error: "pinnedOutputs must map action ids to outputs." })
    .optional(),
});

/** What a Test answers: the request sent and the response (secrets masked), and the outputs read from it. */
export type TestActionResult = {
  outcome: ExecutionResult["outcome"];
  request: OutgoingRequest | null;
  response: IncomingResponse | null;
  /** Why it failed, in English; errorKey and errorParams name it in the runErrors catalog (lib/i18n/run-errors.ts). */
  error?: string;
  errorKey?: RunError["key"];
  errorParams?: RunError["params"];
  durationMs: number;
  outputs?: Record<string, unknown>;
};

/** What a Test was about, for its audit log entry: names and the destination's host only (no path, query or secret). */
type TestedAction = { workflowName: string; action: Pick<NamedAction, "type" | "name">; recordId: number; host: string | null };

/**
 * Runs an action once for a record, exactly as the runner would, but without retries and
 * without writing anything: no enrollment, no attempt row, no record change.
 */
export async function testAction(workflowId: string, actionId: string, input: z.infer<typeof testActionSchema>): Promise<TestActionResult> {
  return (await testActionFor(workflowId, actionId, input)).result;
}

/** testAction, also saying what was tested and where the request went (see TestedAction). */
export async function testActionFor(
  workflowId: string,
  actionId: string,
  input: z.infer<typeof testActionSchema>,
): Promise<{ result: TestActionResult; tested: TestedAction }> {
  const workflow = await getWorkflow(workflowId);
  const saved = workflow.actions.find((a) => a.id === actionId);
  if (!saved && input.config === undefined) throw AppError.of("NOT_FOUND.action", { actionId });
  const type: ActionType | undefined = saved?.type ?? input.type;
  if (!type) throw AppError.of("VALIDATION_FAILED.testType", undefined, { details: [typeIssue("testAction.typeRequired")] });
  if (!actionDefinitions[type].test) {
    // The type's English label, and the type itself for the UI to name it in its language.
    throw AppError.of(
      "VALIDATION_FAILED.notTestable",
      { actionType: type, actionLabel: ENGLISH_NAMING.label(type) },
      { details: [typeIssue("testAction.noTest")] },
    );
  }
  let config = saved?.config;
  if (input.config !== undefined) {
    const parsed = actionDefinitions[type].configSchema.safeParse(input.config);
    if (!parsed.success) throw new z.ZodError(parsed.error.issues.map((issue) => ({ ...issue, path: ["config", ...issue.path] })));
    config = parsed.data;
  }
  const record = await getRecord(input.recordId);
  if (record.objectType !== workflow.objectType) {
    throw AppError.of("WRONG_OBJECT_TYPE.test", { recordId: record.id, recordType: record.objectType, objectType: workflow.objectType });
  }
  const startedAt = new Date();
  // Webhook-trigger fields resolve against the sample payload, as they will against each event.
  const triggerPayload = input.triggerPayload ?? (workflow.trigger.type === "WEBHOOK" ? workflow.trigger.sample : undefined);
  // Earlier actions do not run in a Test: their outputs are the pinned ones the editor sends, and a
  // value from an action without one says to test that action first.
  const context = {
    record,
    triggerPayload,
    outputs: input.pinnedOutputs ?? {},
    testedAlone: true,
    actionName: summaryContext(workflow.actions).actionName,
  };
  const result = await actionExecutors[type].execute(config as never, context, { deliveryId: `test-${randomUUID()}`, now: startedAt });
  const tested: TestedAction = {
    workflowName: workflow.name,
    action: { type, name: saved?.name },
    recordId: record.id,
    host: hostOf(result.request),
  };
  return {
    result: {
      outcome: result.outcome,
      request: result.request,
      response: result.response,
      ...(result.error ? { error: result.error.text, errorKey: result.error.key, errorParams: result.error.params } : {}),
      durationMs: Math.round(result.durationMs),
      ...(result.outcome === "SUCCESS" ? { outputs: result.outputs ?? {} } : {}),
    },
    tested,
  };
}

/** A problem with the `type` sent, by its validation key. */
function typeIssue(code: ValidationKey): ErrorDetail {
  return { path: "type", message: englishMessage(code), code };
}

/** The host (and port) a request went to; null when nothing was sent. */
function hostOf(request: OutgoingRequest | null): string | null {
  if (!request) return null;
  try {
    return new URL(request.url).host || null;
  } catch {
    return null;
  }
}
