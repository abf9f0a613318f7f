// POST /api/hooks/:token — the webhook trigger: enroll the record an incoming event is about (202 {enrollmentId})
import { AppError } from "@/lib/errors";
import { keepUnreadHook, receiveHook } from "@/lib/webhook-trigger/receive-hook";
import { json, MAX_JSON_BYTES, readLimitedText, routeHandler, type RouteParams } from "@/lib/http/route-handler";

export const POST = routeHandler("public", async (request, { params }: RouteParams<{ token: string }>) => {
  const { token } = await params;
  const rawBody = await readLimitedText(request, MAX_JSON_BYTES).catch(async (error) => {
    // Too large to read: still shown in the workflow's event log (headers and declared size only).
    if (error instanceof AppError) await keepUnreadHook(token, request.headers, error);
    throw error;
  });
  const answer = await receiveHook({ token, headers: request.headers, rawBody });
  // A duplicate was already accepted: 200; a new event enrolled: 202.
  return json(answer, answer.duplicate ? 200 : 202);
});

// Senders that try another method get a JSON answer that says what to do, not an empty 405.
const onlyPost = routeHandler<{ token: string }>("public", async () =>
  json({ error: { code: "METHOD_NOT_ALLOWED", message: "This URL takes POST requests with a JSON or form body." } }, 405, {
    Allow: "POST",
  }),
);
export { onlyPost as GET, onlyPost as PUT, onlyPost as PATCH, onlyPost as DELETE };
