// DELETE /api/secrets/:name — delete a secret
import { recordAudit } from "@/lib/audit/audit-log";
import { secretNameSchema } from "@/lib/secrets/secret-schemas";
import { deleteSecret } from "@/lib/secrets/secrets";
import { noContent, readParam, routeHandler, otherMethods, type RouteParams } from "@/lib/http/route-handler";

export const DELETE = routeHandler("ADMIN", async (_request, { params }: RouteParams<{ name: string }>, actor) => {
  const { name } = await params;
  const secretName = readParam(name, secretNameSchema, `Secret "${name}"`);
  await deleteSecret(secretName);
  await recordAudit(actor, {
    action: "secret.deleted",
    target: { type: "secret", id: secretName },
    summary: `Deleted secret "${secretName}"`,
  });
  return noContent();
});

export const { GET, POST, PUT, PATCH } = otherMethods({ DELETE });
