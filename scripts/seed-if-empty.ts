// Run by npm start: brings the schema up to date and loads the sample data on first start only.
import "./check-config";
import { db } from "../lib/db";
import { migrate } from "../lib/db/migrate";
import { isSeeded, seed } from "../lib/crm/seed";

const applied = await migrate();
const migrated = applied.length ? `applied ${applied.length} migration(s)` : "schema up to date";
if (await isSeeded(db)) {
  console.log(`Database: ${migrated}; records present, not seeding.`);
} else {
  const c = await seed(db);
  console.log(`Database: ${migrated}; seeded ${c.contacts} contacts, ${c.companies} companies, ${c.deals} deals, ${c.tickets} tickets.`);
}
await db.$disconnect();
