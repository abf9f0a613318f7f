// GET /api/inspector — whether the inspector's HTTPS listener runs, and the capture URLs
import { listBins } from "@/lib/inspector/inspector";
import { inspectorStatus } from "@/lib/inspector/start-inspector";
import { json, routeHandler, otherMethods } from "@/lib/http/route-handler";

export const GET = routeHandler(async () => json({ status: await inspectorStatus(), bins: await listBins() }));

export const { POST, PUT, PATCH, DELETE } = otherMethods({ GET });
