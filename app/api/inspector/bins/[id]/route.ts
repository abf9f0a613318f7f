// GET, PATCH ({ name?, response? }) and DELETE /api/inspector/bins/:id — one capture URL
import { deleteBin, getBin, updateBin } from "@/lib/inspector/inspector";
import { updateBinSchema } from "@/lib/inspector/inspector-schemas";
import { json, noContent, readJson, routeHandler, otherMethods } from "@/lib/http/route-handler";

type Params = { id: string };

export const GET = routeHandler<Params>(async (_request, { params }) => json(await getBin((await params).id)));

export const PATCH = routeHandler<Params>(async (request, { params }) => {
  const { id } = await params;
  return json(await updateBin(id, await readJson(request, updateBinSchema)));
});

export const DELETE = routeHandler<Params>(async (_request, { params }) => {
  await deleteBin((await params).id);
  return noContent();
});

export const { POST, PUT } = otherMethods({ GET, PATCH, DELETE });
