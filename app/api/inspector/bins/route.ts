// POST /api/inspector/bins — create a capture URL ({ name? })
import { createBin } from "@/lib/inspector/inspector";
import { createBinSchema } from "@/lib/inspector/inspector-schemas";
import { json, readJson, routeHandler, otherMethods } from "@/lib/http/route-handler";

export const POST = routeHandler(async (request) => json(await createBin(await readJson(request, createBinSchema)), 201));

export const { GET, PUT, PATCH, DELETE } = otherMethods({ POST });
