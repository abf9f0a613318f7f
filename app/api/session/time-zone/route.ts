// PUT /api/session/time-zone {timeZone: "Asia/Seoul" | null} — the caller's time zone for dates and times (null follows the browser's zone)
import { db } from "@/lib/db";
import { json, otherMethods, readJson, routeHandler } from "@/lib/http/route-handler";
import { setTimeZoneSchema } from "@/lib/i18n/time-zones";

export const PUT = routeHandler("VIEWER", async (request, _context, actor) => {
  const { timeZone } = await readJson(request, setTimeZoneSchema);
  await db.user.update({ where: { id: actor.userId }, data: { timeZone } });
  return json({ timeZone });
});

export const { GET, POST, PATCH, DELETE } = otherMethods({ PUT });
