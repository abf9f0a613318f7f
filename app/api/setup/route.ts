// GET /api/setup — whether the install still needs its owner; POST — create the owner ({name, email, password}), once, and sign them in
import { recordAudit } from "@/lib/audit/audit-log";
import { auditSummary, optionalPart } from "@/lib/audit/audit-summary";
import { clientAddress, isHttps } from "@/lib/auth/actor";
import { needsSetup, setupOwner } from "@/lib/auth/setup";
import { signIn } from "@/lib/auth/sign-in";
import { newUserSchema } from "@/lib/auth/account-schemas";
import { json, otherMethods, readJson, routeHandler, withCookies } from "@/lib/http/route-handler";

export const GET = routeHandler("public", async () => json({ needsSetup: await needsSetup() }));

export const POST = routeHandler("public", async (request) => {
  const input = await readJson(request, newUserSchema);
  const owner = await setupOwner(input);
  const ip = clientAddress(request.headers);
  await recordAudit(
    { kind: "system", name: "Setup" },
    {
      action: "setup.completed",
      target: { type: "user", id: owner.id },
      summary: auditSummary("setup.browser", { email: owner.email, ...optionalPart("withIp", { ip }) }),
    },
  );
  const { user, setCookies } = await signIn(
    { email: input.email, password: input.password },
    { headers: request.headers, secure: isHttps(request), ip },
  );
  return withCookies(json({ user }, 201), setCookies);
});

export const { PUT, PATCH, DELETE } = otherMethods({ GET, POST });
