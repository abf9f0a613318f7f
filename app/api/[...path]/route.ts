// Any other /api path — a JSON 404 instead of the HTML not-found page
import { AppError } from "@/lib/errors";
import { routeHandler } from "@/lib/http/route-handler";

// Public: it only says that no route matches.
const notFound = routeHandler<{ path: string[] }>("public", async (request) => {
  throw AppError.of("NOT_FOUND.route", { verb: request.method, path: new URL(request.url).pathname });
});

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
