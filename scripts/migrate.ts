// npm run db:migrate: applies pending migrations to DATABASE_URL (default file:./data/hookflow.db).
import "./check-config";
import { migrate } from "../lib/db/migrate";

const applied = await migrate();
console.log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database is up to date.");
