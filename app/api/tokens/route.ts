// GET /api/tokens — the API tokens (never their values); POST — create one ({name, role, expiresInDays?}), its value shown once
import { recordAudit } from "@/lib/audit/audit-log";
import { auditSummary, optionalPart } from "@/lib/audit/audit-summary";
import { newApiTokenSchema } from "@/lib/auth/account-schemas";
import { createApiToken, listApiTokens } from "@/lib/auth/api-tokens";
import { json, otherMethods, readJson, routeHandler } from "@/lib/http/route-handler";

export const GET = routeHandler("ADMIN", async () => json({ tokens: await listApiTokens() }));

export const POST = routeHandler("ADMIN", async (request, _context, actor) => {
  const created = await createApiToken({ id: actor.userId, role: actor.role }, await readJson(request, newApiTokenSchema));
  await recordAudit(actor, {
    action: "token.created",
    target: { type: "token", id: created.id },
    summary: auditSummary("token.created", {
      name: created.name,
      role: created.role,
      ...optionalPart("withExpiry", { expiresAt: created.expiresAt }),
    }),
  });
  return json(created, 201);
});

export const { PUT, PATCH, DELETE } = otherMethods({ GET, POST });
