// Run by npm start (and npm run dev) before the server: brings the schema up to date, loads the
// sample data on first start only, and creates the owner from the bootstrap variables when the
// database has no user. The bootstrap is here, not in the server's instrumentation: it runs once
// per start, before the server answers anyone (so the setup page is never shown to a visitor in
// the meantime), and a failure stops the start with a message instead of a server half up.
// npm run worker does not bootstrap: a worker serves no one, and the web start does it.
import "./check-config";
import { bootstrap } from "../lib/auth/bootstrap";
import { config } from "../lib/config";
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
const settings = config().bootstrap;
const outcome = await bootstrap(settings);
if (outcome.created) {
  console.log(
    `Bootstrap: created the owner ${settings?.email}${outcome.tokenId ? " and registered HOOKFLOW_BOOTSTRAP_TOKEN as an Owner API token" : ""}.`,
  );
} else if (settings) {
  console.log("Bootstrap: users exist, so the HOOKFLOW_BOOTSTRAP_* variables are ignored.");
}
await db.$disconnect();
