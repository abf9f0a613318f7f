// POST /api/inspector/capture-urls — create a capture URL ({ name? })
// (also answers at the old path /api/inspector/bins)
import { recordAudit } from "@/lib/audit/audit-log";
import { auditSummary } from "@/lib/audit/audit-summary";
import { createCaptureUrl } from "@/lib/inspector/inspector";
import { createCaptureUrlSchema } from "@/lib/inspector/inspector-schemas";
import { json, readJson, routeHandler, otherMethods } from "@/lib/http/route-handler";

export const POST = routeHandler("EDITOR", async (request, _context, actor) => {
  const captureUrl = await createCaptureUrl(await readJson(request, createCaptureUrlSchema));
  // The name only: the URL's token is what lets anyone send to it.
  await recordAudit(actor, {
    action: "inspector.capture_url_created",
    target: { type: "capture_url", id: captureUrl.id },
    summary: auditSummary("captureUrl.created", { name: captureUrl.name }),
  });
  return json(captureUrl, 201);
});

export const { GET, PUT, PATCH, DELETE } = otherMethods({ POST });
