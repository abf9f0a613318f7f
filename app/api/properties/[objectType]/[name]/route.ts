// DELETE /api/properties/:objectType/:name — delete a custom property no workflow uses
import { recordAudit } from "@/lib/audit/audit-log";
import { auditSummary } from "@/lib/audit/audit-summary";
import { objectTypeSchema } from "@/lib/crm/object-types";
import { deleteProperty } from "@/lib/crm/properties";
import { propertyNameSchema } from "@/lib/crm/property-definitions";
import { noContent, readParam, routeHandler, otherMethods, type RouteParams } from "@/lib/http/route-handler";

export const DELETE = routeHandler("ADMIN", async (_request, { params }: RouteParams<{ objectType: string; name: string }>, actor) => {
  const { objectType: rawType, name: rawName } = await params;
  const objectType = readParam(rawType, objectTypeSchema, `Object type "${rawType}"`);
  const name = readParam(rawName, propertyNameSchema, `Property "${rawName}"`);
  await deleteProperty(objectType, name);
  await recordAudit(actor, {
    action: "property.deleted",
    target: { type: "property", id: `${objectType}:${name}` },
    summary: auditSummary("property.deleted", { objectType, name }),
  });
  return noContent();
});

export const { GET, POST, PUT, PATCH } = otherMethods({ DELETE });
