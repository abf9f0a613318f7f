// GET /api/records — list records of one object type, with search and cursor paging
import { listRecords } from "@/lib/crm/records";
import { recordListQuerySchema } from "@/lib/crm/record-schemas";
import { json, readQuery, routeHandler, otherMethods } from "@/lib/http/route-handler";

export const GET = routeHandler("VIEWER", async (request) => json(await listRecords(readQuery(request, recordListQuerySchema))));

export const { POST, PUT, PATCH, DELETE } = otherMethods({ GET });
