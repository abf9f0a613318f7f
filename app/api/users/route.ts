// GET /api/users — the users and the open invitations
import { listInvitations } from "@/lib/auth/invitations";
import { listUsers } from "@/lib/auth/users";
import { json, otherMethods, routeHandler } from "@/lib/http/route-handler";

export const GET = routeHandler("ADMIN", async () => json({ users: await listUsers(), invitations: await listInvitations() }));

export const { POST, PUT, PATCH, DELETE } = otherMethods({ GET });
