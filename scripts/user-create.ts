// npm run user:create -- --email ada@example.com --name "Ada" --role OWNER
// Creates a user from the server's shell, for a locked-out install or a scripted one. The password
// comes from HOOKFLOW_PASSWORD or is asked for on the terminal (scripts/user-command.ts). On an
// install with no owner yet, an OWNER created here completes the setup (the browser's "Create the
// owner account" page goes away); other roles wait for an owner.
import "./check-config";
import { recordAudit } from "../lib/audit/audit-log";
import { auditSummary } from "../lib/audit/audit-summary";
import { ROLES, type Role, roleName } from "../lib/auth/roles";
import { needsSetup, setupOwner } from "../lib/auth/setup";
import { newUserSchema } from "../lib/auth/account-schemas";
import { createUser } from "../lib/auth/users";
import { migrate } from "../lib/db/migrate";
import { AppError } from "../lib/errors";
import { CommandError, readNewPassword, readOptions, runCommand } from "./user-command";

const USAGE = `Usage: npm run user:create -- --email <email> --name <name> --role <${ROLES.join("|")}>
The password is read from HOOKFLOW_PASSWORD, or asked for when run in a terminal.`;

await runCommand(async () => {
  const options = readOptions(["email", "name", "role"], USAGE);
  for (const name of ["email", "name", "role"] as const) {
    if (!options[name]?.trim()) throw new CommandError(`Missing --${name}.\n${USAGE}`, 2);
  }
  const role = options.role?.trim().toUpperCase() as Role;
  if (!ROLES.includes(role)) throw new CommandError(`--role must be one of ${ROLES.join(", ")}; got "${options.role}".`, 2);
  // Check name and email before asking for a password that would then be refused for them.
  const identity = newUserSchema.pick({ name: true, email: true }).parse({ name: options.name, email: options.email });
  const password = await readNewPassword();
  await migrate();
  const settingUp = await needsSetup();
  if (settingUp && role !== "OWNER") {
    throw new CommandError("Hookflow has no owner yet: create the owner first (--role OWNER), or open Hookflow in a browser to do it.");
  }
  let user: { id: string; name: string; email: string };
  try {
    user = settingUp ? await setupOwner({ ...identity, password }) : await createUser({ ...identity, password }, role);
  } catch (error) {
    if (error instanceof AppError && error.code === "CONFLICT") {
      throw new CommandError(
        `A user with the email ${identity.email} already exists. To set their password: npm run user:reset-password -- --email ${identity.email}`,
      );
    }
    throw error;
  }
  await recordAudit(
    { kind: "system", name: "Command line" },
    {
      action: "user.created",
      target: { type: "user", id: user.id },
      summary: auditSummary("user.created", { name: user.name, email: user.email, role, completingSetup: settingUp ? "yes" : "no" }),
    },
  );
  console.log(
    `Created ${user.name} (${user.email}) as ${roleName(role)}${settingUp ? ", the owner of this install" : ""}. They can sign in now.`,
  );
});
