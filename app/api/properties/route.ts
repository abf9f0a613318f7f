// GET /api/properties?objectType=contact — an object type's properties (HubSpot's defaults, then
// custom ones with the workflows that use them); POST /api/properties — create a custom property
import { recordAudit } from "@/lib/audit/audit-log";
import { auditSummary } from "@/lib/audit/audit-summary";
import { createProperty, listProperties } from "@/lib/crm/properties";
import { createPropertySchema, propertyListQuerySchema } from "@/lib/crm/property-definitions";
import { json, readJson, readQuery, routeHandler, otherMethods } from "@/lib/http/route-handler";

export const GET = routeHandler("VIEWER", async (request) => {
  const { objectType } = readQuery(request, propertyListQuerySchema);
  return json({ properties: await listProperties(objectType) });
});

export const POST = routeHandler("ADMIN", async (request, _context, actor) => {
  const input = await readJson(request, createPropertySchema);
  const property = await createProperty(input);
  await recordAudit(actor, {
    action: "property.created",
    target: { type: "property", id: `${input.objectType}:${property.name}` },
    summary: auditSummary("property.created", { objectType: input.objectType, label: property.label, name: property.name }),
  });
  return json(property, 201);
});

export const { PUT, PATCH, DELETE } = otherMethods({ GET, POST });
