// POST /api/session — sign in ({email, password}); GET — who is signed in; DELETE — sign out (ends the session on the server)
import { clientAddress, isHttps } from "@/lib/auth/actor";
import { signInSchema } from "@/lib/auth/account-schemas";
import { signIn, signOut } from "@/lib/auth/sign-in";
import { json, noContent, otherMethods, readJson, routeHandler, withCookies } from "@/lib/http/route-handler";

export const POST = routeHandler("public", async (request) => {
  const { user, setCookies } = await signIn(await readJson(request, signInSchema), {
    headers: request.headers,
    secure: isHttps(request),
    ip: clientAddress(request.headers),
  });
  return withCookies(json({ user }), setCookies);
});

export const GET = routeHandler("VIEWER", async (_request, _context, actor) =>
  json({
    user: { id: actor.userId, name: actor.name, role: actor.role, ...(actor.kind === "user" ? { email: actor.email } : {}) },
    via:
      actor.kind === "token"
        ? { kind: "token" as const, tokenId: actor.tokenId, tokenName: actor.tokenName }
        : { kind: "session" as const },
  }),
);

export const DELETE = routeHandler("public", async (request) => {
  return withCookies(noContent(), await signOut({ headers: request.headers, secure: isHttps(request), ip: null }));
});

export const { PUT, PATCH } = otherMethods({ GET, POST, DELETE });
