// GET /api/secrets — list secret names; POST /api/secrets — store a secret (its value is never returned)
import { createSecretSchema } from "@/lib/secrets/secret-schemas";
import { createSecret, listSecrets } from "@/lib/secrets/secrets";
import { json, readJson, routeHandler, otherMethods } from "@/lib/http/route-handler";

export const GET = routeHandler("EDITOR", async () => json({ secrets: await listSecrets() }));

export const POST = routeHandler("ADMIN", async (request) => json(await createSecret(await readJson(request, createSecretSchema)), 201));

export const { PUT, PATCH, DELETE } = otherMethods({ GET, POST });
