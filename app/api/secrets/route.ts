// GET /api/secrets — list secret names; POST /api/secrets — store a secret (its value is never returned)
import { recordAudit } from "@/lib/audit/audit-log";
import { auditSummary } from "@/lib/audit/audit-summary";
import { createSecretSchema } from "@/lib/secrets/secret-schemas";
import { createSecret, listSecrets } from "@/lib/secrets/secrets";
import { json, readJson, routeHandler, otherMethods } from "@/lib/http/route-handler";

export const GET = routeHandler("EDITOR", async () => json({ secrets: await listSecrets() }));

export const POST = routeHandler("ADMIN", async (request, _context, actor) => {
  const secret = await createSecret(await readJson(request, createSecretSchema));
  // The name only: the value never leaves the encrypted column.
  await recordAudit(actor, {
    action: "secret.created",
    target: { type: "secret", id: secret.name },
    summary: auditSummary("secret.created", { name: secret.name }),
  });
  return json(secret, 201);
});

export const { PUT, PATCH, DELETE } = otherMethods({ GET, POST });
