// npm run user:reset-password -- --email ada@example.com
// Sets a user's password from the server's shell (someone locked out, the last owner's password
// forgotten) and ends their sessions, so whoever had the old password is signed out everywhere.
// The password comes from HOOKFLOW_PASSWORD or is asked for on the terminal (scripts/user-command.ts).
import "./check-config";
import { recordAudit } from "../lib/audit/audit-log";
import { auditSummary } from "../lib/audit/audit-summary";
import { recordSignInSuccess } from "../lib/auth/sign-in-throttle";
import { setPassword } from "../lib/auth/users";
import { db } from "../lib/db";
import { migrate } from "../lib/db/migrate";
import { CommandError, readNewPassword, readOptions, runCommand } from "./user-command";

const USAGE = `Usage: npm run user:reset-password -- --email <email>
The new password is read from HOOKFLOW_PASSWORD, or asked for when run in a terminal.`;

await runCommand(async () => {
  const { email } = readOptions(["email"], USAGE);
  if (!email?.trim()) throw new CommandError(`Missing --email.\n${USAGE}`, 2);
  await migrate();
  const found = await db.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true } });
  if (!found)
    throw new CommandError(
      `No user has the email ${email.trim()}. To create one: npm run user:create -- --email ${email.trim()} --name <name> --role <role>`,
    );
  const password = await readNewPassword();
  const user = await setPassword(email, password);
  // Whoever was locked out by failed attempts can sign in with the new password at once.
  await recordSignInSuccess(email.trim().toLowerCase());
  const { name, deactivatedAt } = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { name: true, deactivatedAt: true } });
  await recordAudit(
    { kind: "system", name: "Command line" },
    {
      action: "user.password_reset",
      target: { type: "user", id: user.id },
      summary: auditSummary("user.passwordReset", { name, email: email.trim() }),
    },
  );
  console.log(`Password set for ${name} (${email.trim()}); their sessions have ended.`);
  if (deactivatedAt) console.log("Note: this account is deactivated, so it cannot sign in until an Admin reactivates it.");
});
