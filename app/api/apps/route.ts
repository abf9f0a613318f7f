// GET /api/apps — list developer apps; POST /api/apps — create one (its client secret is shown once)
import { createApp, listApps } from "@/lib/apps/apps";
import { createAppSchema } from "@/lib/apps/app-schemas";
import { json, readJson, routeHandler, otherMethods } from "@/lib/http/route-handler";

export const GET = routeHandler("EDITOR", async () => json({ apps: await listApps() }));

export const POST = routeHandler("ADMIN", async (request) => {
  const { name } = await readJson(request, createAppSchema);
  return json(await createApp(name), 201);
});

export const { PUT, PATCH, DELETE } = otherMethods({ GET, POST });
