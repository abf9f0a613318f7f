// GET, PATCH ({ name?, response? | responses? }) and DELETE /api/inspector/capture-urls/:id — one capture URL
// (also answers at the old path /api/inspector/bins/:id)
import { recordAudit } from "@/lib/audit/audit-log";
import { auditSummary } from "@/lib/audit/audit-summary";
import { encodeAnswers } from "@/lib/audit/summary-params";
import { deleteCaptureUrl, getCaptureUrl, updateCaptureUrl } from "@/lib/inspector/inspector";
import { updateCaptureUrlSchema } from "@/lib/inspector/inspector-schemas";
import { json, noContent, readJson, routeHandler, otherMethods, type RouteParams } from "@/lib/http/route-handler";

type Context = RouteParams<{ id: string }>;

export const GET = routeHandler("VIEWER", async (_request, { params }: Context) => json(await getCaptureUrl((await params).id)));

export const PATCH = routeHandler("EDITOR", async (request, { params }: Context, actor) => {
  const { id } = await params;
  const input = await readJson(request, updateCaptureUrlSchema);
  const captureUrl = await updateCaptureUrl(id, input);
  // What changed, not the bodies or headers it now sends.
  const answers = input.responses ?? (input.response ? [input.response] : []);
  const changes = [...(input.name !== undefined ? ["name"] : []), ...(answers.length ? ["response"] : [])];
  await recordAudit(actor, {
    action: "inspector.capture_url_changed",
    target: { type: "capture_url", id },
    summary: auditSummary("captureUrl.changed", {
      name: captureUrl.name,
      changes: changes.join("_") || "none",
      ...(answers.length ? { answers: encodeAnswers(answers) } : {}),
    }),
  });
  return json(captureUrl);
});

export const DELETE = routeHandler("EDITOR", async (_request, { params }: Context, actor) => {
  const { id } = await params;
  const { name } = await deleteCaptureUrl(id);
  await recordAudit(actor, {
    action: "inspector.capture_url_deleted",
    target: { type: "capture_url", id },
    summary: auditSummary("captureUrl.deleted", { name }),
  });
  return noContent();
});

export const { POST, PUT } = otherMethods({ GET, PATCH, DELETE });
