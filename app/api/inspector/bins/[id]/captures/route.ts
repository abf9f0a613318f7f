// GET /api/inspector/bins/:id/captures — captured requests, newest first (summaries);
// DELETE — clear them
import { clearCaptures, listCaptures } from "@/lib/inspector/inspector";
import { json, noContent, routeHandler, otherMethods } from "@/lib/http/route-handler";

type Params = { id: string };

export const GET = routeHandler<Params>(async (_request, { params }) => json({ captures: await listCaptures((await params).id) }));

export const DELETE = routeHandler<Params>(async (_request, { params }) => {
  await clearCaptures((await params).id);
  return noContent();
});

export const { POST, PUT, PATCH } = otherMethods({ GET, DELETE });
