// GET /api/inspector — whether the inspector's HTTPS listener runs, and the capture URLs
// (`captureUrls`; `bins` is the same list under its old name, kept for existing callers)
import { listCaptureUrls } from "@/lib/inspector/inspector";
import { inspectorStatus } from "@/lib/inspector/start-inspector";
import { json, routeHandler, otherMethods } from "@/lib/http/route-handler";

export const GET = routeHandler("VIEWER", async () => {
  const captureUrls = await listCaptureUrls();
  return json({ status: await inspectorStatus(), captureUrls, bins: captureUrls });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods({ GET });
