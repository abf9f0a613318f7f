// GET /api/audit-log — who did what, newest first, 50 a page (?actor=&action=&from=&to=&targetType=&targetId=&before=)
import { auditQuerySchema, listAudit } from "@/lib/audit/audit-log";
import { json, otherMethods, readQuery, routeHandler } from "@/lib/http/route-handler";

export const GET = routeHandler("ADMIN", async (request) => json(await listAudit(readQuery(request, auditQuerySchema))));

export const { POST, PUT, PATCH, DELETE } = otherMethods({ GET });
