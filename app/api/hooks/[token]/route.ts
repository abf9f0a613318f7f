// POST /api/hooks/:token — the webhook trigger: enroll the record an incoming event is about (202 {enrollmentId})
import { receiveHook } from "@/lib/hooks/receive-hook";
import { json, MAX_JSON_BYTES, readLimitedText, routeHandler } from "@/lib/http/route-handler";

export const POST = routeHandler<{ token: string }>(async (request, { params }) => {
  const { token } = await params;
  const rawBody = await readLimitedText(request, MAX_JSON_BYTES);
  const answer = await receiveHook({ token, headers: request.headers, rawBody });
  return json(answer.body, answer.status);
});
