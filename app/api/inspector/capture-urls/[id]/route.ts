// GET, PATCH ({ name?, response? }) and DELETE /api/inspector/capture-urls/:id — one capture URL
// (also answers at the old path /api/inspector/bins/:id)
import { deleteCaptureUrl, getCaptureUrl, updateCaptureUrl } from "@/lib/inspector/inspector";
import { updateCaptureUrlSchema } from "@/lib/inspector/inspector-schemas";
import { json, noContent, readJson, routeHandler, otherMethods, type RouteParams } from "@/lib/http/route-handler";

type Context = RouteParams<{ id: string }>;

export const GET = routeHandler("VIEWER", async (_request, { params }: Context) => json(await getCaptureUrl((await params).id)));

export const PATCH = routeHandler("EDITOR", async (request, { params }: Context) => {
  const { id } = await params;
  return json(await updateCaptureUrl(id, await readJson(request, updateCaptureUrlSchema)));
});

export const DELETE = routeHandler("EDITOR", async (_request, { params }: Context) => {
  await deleteCaptureUrl((await params).id);
  return noContent();
});

export const { POST, PUT } = otherMethods({ GET, PATCH, DELETE });
