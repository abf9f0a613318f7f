// POST /api/inspector/capture-urls — create a capture URL ({ name? })
// (also answers at the old path /api/inspector/bins)
import { createCaptureUrl } from "@/lib/inspector/inspector";
import { createCaptureUrlSchema } from "@/lib/inspector/inspector-schemas";
import { json, readJson, routeHandler, otherMethods } from "@/lib/http/route-handler";

export const POST = routeHandler("EDITOR", async (request) =>
  json(await createCaptureUrl(await readJson(request, createCaptureUrlSchema)), 201),
);

export const { GET, PUT, PATCH, DELETE } = otherMethods({ POST });
