// GET /api/health — liveness and a database check for load balancers and monitors: 200, or 503 when the database does not answer
import { health } from "@/lib/db/health";
import { json, otherMethods, routeHandler } from "@/lib/http/route-handler";

// Public: it tells nothing but whether the app and its database are up.
export const GET = routeHandler("public", async () => {
  const answer = await health();
  return json(answer, answer.status === "ok" ? 200 : 503, { "Cache-Control": "no-store" });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods({ GET });
