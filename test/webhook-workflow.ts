import { updateWorkflowSchema } from "@/lib/workflows/workflow-schema";
import { createWorkflow, updateWorkflow } from "@/lib/workflows/workflows";

/** A Send a webhook action to hooks.example.com: a test that runs no runner never reaches it. */
const SEND_TO_EXAMPLE = { id: "a1", type: "SEND_WEBHOOK", config: { method: "POST", webhookUrl: "https://hooks.example.com/x" } };

/** A contact workflow started by a webhook (matched by contact.email unless `trigger` says otherwise), on by default. */
export async function webhookWorkflow(trigger: Record<string, unknown> = {}, enabled = true) {
  const wf = await createWorkflow({ name: "From webhook", objectType: "contact" });
  return updateWorkflow(
    wf.id,
    updateWorkflowSchema.parse({
      revision: 1,
      enabled,
      trigger: { type: "WEBHOOK", recordMatch: { payloadPath: "contact.email", property: "email" }, ...trigger },
      actions: [SEND_TO_EXAMPLE],
    }),
  );
}

/** A contact workflow, on, whose one action POSTs the contact's email to `webhookUrl`. */
export async function deliveryWorkflow(name: string, webhookUrl: string) {
  const wf = await createWorkflow({ name, objectType: "contact" });
  return updateWorkflow(
    wf.id,
    updateWorkflowSchema.parse({
      revision: wf.revision,
      enabled: true,
      actions: [
        {
          id: "send",
          type: "SEND_WEBHOOK",
          config: {
            method: "POST",
            webhookUrl,
            body: { type: "CUSTOM", fields: [{ key: "email", source: { type: "PROPERTY", property: "email" } }] },
          },
        },
      ],
    }),
  );
}

/** A contact workflow named `name`, on unless `enabled` is false, whose actions are `actions` (the first one starts a run). */
export async function workflowWithActions(name: string, actions: Record<string, unknown>[], enabled = true) {
  const wf = await createWorkflow({ name, objectType: "contact" });
  return updateWorkflow(wf.id, updateWorkflowSchema.parse({ revision: 1, enabled, actions }));
}

/** A contact workflow named `name`, on unless `enabled` is false, whose one action POSTs to hooks.example.com. */
export function sendingWorkflow(name: string, enabled = true) {
  return workflowWithActions(name, [SEND_TO_EXAMPLE], enabled);
}
