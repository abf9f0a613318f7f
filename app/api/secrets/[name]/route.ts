// PUT /api/secrets/:name — replace a secret's value (rotation); DELETE /api/secrets/:name — delete a secret
import { recordAudit } from "@/lib/audit/audit-log";
import { auditSummary } from "@/lib/audit/audit-summary";
import { replaceSecretSchema, secretNameSchema } from "@/lib/secrets/secret-schemas";
import { deleteSecret, replaceSecretValue } from "@/lib/secrets/secrets";
import { json, noContent, readJson, readParam, routeHandler, otherMethods, type RouteParams } from "@/lib/http/route-handler";

export const PUT = routeHandler("ADMIN", async (request, { params }: RouteParams<{ name: string }>, actor) => {
  const { name } = await params;
  const secretName = readParam(name, secretNameSchema, `Secret "${name}"`);
  const secret = await replaceSecretValue(secretName, await readJson(request, replaceSecretSchema));
  await recordAudit(actor, {
    action: "secret.rotated",
    target: { type: "secret", id: secretName },
    summary: auditSummary("secret.rotated", { name: secretName }),
  });
  return json(secret);
});

export const DELETE = routeHandler("ADMIN", async (_request, { params }: RouteParams<{ name: string }>, actor) => {
  const { name } = await params;
  const secretName = readParam(name, secretNameSchema, `Secret "${name}"`);
  await deleteSecret(secretName);
  await recordAudit(actor, {
    action: "secret.deleted",
    target: { type: "secret", id: secretName },
    summary: auditSummary("secret.deleted", { name: secretName }),
  });
  return noContent();
});

export const { GET, POST, PATCH } = otherMethods({ PUT, DELETE });
