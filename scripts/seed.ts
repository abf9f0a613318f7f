// npm run db:seed: applies pending migrations, then loads the sample CRM data into an empty database.
import "./check-config";
import { db } from "../lib/db";
import { migrate } from "../lib/db/migrate";
import { isSeeded, seed } from "../lib/crm/seed";

await migrate();
if (await isSeeded(db)) {
  console.log("Sample data already present; run npm run db:reset to start over.");
} else {
  const counts = await seed(db);
  console.log(
    `Seeded sample data: ${counts.contacts} contacts, ${counts.companies} companies, ${counts.deals} deals, ${counts.tickets} tickets.`,
  );
}
await db.$disconnect();
