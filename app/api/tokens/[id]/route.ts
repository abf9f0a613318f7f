// DELETE /api/tokens/:id — revoke an API token at once
import { z } from "zod";
import { recordAudit } from "@/lib/audit/audit-log";
import { auditSummary } from "@/lib/audit/audit-summary";
import { revokeApiToken } from "@/lib/auth/api-tokens";
import { noContent, otherMethods, readParam, routeHandler, type RouteParams } from "@/lib/http/route-handler";

export const DELETE = routeHandler("ADMIN", async (_request, { params }: RouteParams<{ id: string }>, actor) => {
  const { id } = await params;
  const revoked = await revokeApiToken(readParam(id, z.uuid(), `API token ${id}`));
  await recordAudit(actor, {
    action: "token.revoked",
    target: { type: "token", id },
    summary: auditSummary("token.revoked", { name: revoked.name }),
  });
  return noContent();
});

export const { GET, POST, PUT, PATCH } = otherMethods({ DELETE });
