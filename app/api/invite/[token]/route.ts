// GET /api/invite/:token — what an invitation link offers; POST — accept it ({name, email, password}): creates the account, once, and signs in
import { recordAudit } from "@/lib/audit/audit-log";
import { auditSummary } from "@/lib/audit/audit-summary";
import { clientAddress, isHttps } from "@/lib/auth/actor";
import { acceptInvitation, openInvitation } from "@/lib/auth/invitations";
import { signIn } from "@/lib/auth/sign-in";
import { newUserSchema } from "@/lib/auth/account-schemas";
import { invitationTokenSchema } from "@/lib/auth/invitations";
import { json, otherMethods, readJson, readParam, routeHandler, type RouteParams, withCookies } from "@/lib/http/route-handler";

const tokenOf = async (params: Promise<{ token: string }>) => readParam((await params).token, invitationTokenSchema, "This invitation");

export const GET = routeHandler("public", async (_request, { params }: RouteParams<{ token: string }>) =>
  json(await openInvitation(await tokenOf(params))),
);

export const POST = routeHandler("public", async (request, { params }: RouteParams<{ token: string }>) => {
  const input = await readJson(request, newUserSchema);
  const user = await acceptInvitation(await tokenOf(params), input);
  const ip = clientAddress(request.headers);
  await recordAudit(
    { kind: "user", userId: user.id, name: user.name, email: user.email, role: user.role, sessionId: "", ip },
    {
      action: "user.joined",
      target: { type: "user", id: user.id },
      summary: auditSummary("user.joined", { name: user.name, email: user.email, role: user.role }),
    },
  );
  const signedIn = await signIn(
    { email: input.email, password: input.password },
    { headers: request.headers, secure: isHttps(request), ip },
  );
  return withCookies(json({ user: signedIn.user }, 201), signedIn.setCookies);
});

export const { PUT, PATCH, DELETE } = otherMethods({ GET, POST });
