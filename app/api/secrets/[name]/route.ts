// DELETE /api/secrets/:name — delete a secret
import { secretNameSchema } from "@/lib/secrets/secret-schemas";
import { deleteSecret } from "@/lib/secrets/secrets";
import { noContent, readParam, routeHandler, otherMethods, type RouteParams } from "@/lib/http/route-handler";

export const DELETE = routeHandler("ADMIN", async (_request, { params }: RouteParams<{ name: string }>) => {
  const { name } = await params;
  await deleteSecret(readParam(name, secretNameSchema, `Secret "${name}"`));
  return noContent();
});

export const { GET, POST, PUT, PATCH } = otherMethods({ DELETE });
