// GET /api/enrollments — runs of every workflow, newest first (the Runs page): filter by status and workflow, keyset paging
import { json, readQuery, routeHandler, otherMethods } from "@/lib/http/route-handler";
import { listRuns, runListQuerySchema } from "@/lib/workflows/enrollments";

export const GET = routeHandler("VIEWER", async (request) => json(await listRuns(readQuery(request, runListQuerySchema))));

export const { POST, PUT, PATCH, DELETE } = otherMethods({ GET });
