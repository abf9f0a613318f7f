// What npm run user:create and npm run user:reset-password share: their arguments, the password
// (from HOOKFLOW_PASSWORD, or asked for on a terminal without echo; never from the command line,
// where `ps` shows it) and how they fail: a message on stderr and a non-zero exit, no stack trace.
import { parseArgs } from "node:util";
import { ZodError } from "zod";
import { commandPassword } from "../lib/config";
import { db } from "../lib/db";
import { AppError } from "../lib/errors";

/** A refusal to print as is: exit code 2 for a wrong command line, 1 for the rest. */
export class CommandError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
  }
}

/** The command's --options, or a CommandError naming what is wrong and showing the usage. */
export function readOptions<Name extends string>(names: readonly Name[], usage: string): Partial<Record<Name, string>> {
  const args = process.argv.slice(2);
  if (args.some((arg) => /^--?password(=|$)/.test(arg))) {
    throw new CommandError(
      `The password is not taken from the command line, where other users of this machine can see it (ps). Set HOOKFLOW_PASSWORD, or run the command in a terminal to be asked.\n${usage}`,
      2,
    );
  }
  try {
    const { values } = parseArgs({
      args,
      options: Object.fromEntries(names.map((name) => [name, { type: "string" }])),
      strict: true,
      allowPositionals: false,
    });
    return values as Partial<Record<Name, string>>;
  } catch (error) {
    throw new CommandError(`${(error as Error).message}\n${usage}`, 2);
  }
}

/** The new password: HOOKFLOW_PASSWORD, or typed twice on the terminal without echo. */
export async function readNewPassword(): Promise<string> {
  const fromEnvironment = commandPassword();
  if (fromEnvironment !== undefined) return fromEnvironment;
  if (!process.stdin.isTTY) {
    throw new CommandError("No password: set HOOKFLOW_PASSWORD, or run the command in a terminal to be asked for it.");
  }
  const password = await promptHidden("Password (at least 12 characters): ");
  if ((await promptHidden("The same password again: ")) !== password)
    throw new CommandError("The two passwords differ; nothing was changed.");
  return password;
}

/** Reads a line from the terminal with echo off (raw mode: characters are not shown as they are typed). */
function promptHidden(question: string): Promise<string> {
  const { stdin, stderr } = process;
  stderr.write(question);
  stdin.setRawMode(true);
  stdin.resume();
  stdin.setEncoding("utf8");
  return new Promise((resolve, reject) => {
    let typed = "";
    const done = (finish: () => void) => {
      stdin.off("data", onData);
      stdin.setRawMode(false);
      stdin.pause();
      stderr.write("\n");
      finish();
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === "\r" || char === "\n" || char === "\u0004") return done(() => resolve(typed));
        if (char === "\u0003") return done(() => reject(new CommandError("Cancelled; nothing was changed.", 1)));
        if (char === "\u007f" || char === "\b") typed = typed.slice(0, -1);
        else typed += char;
      }
    };
    stdin.on("data", onData);
  });
}

/** Runs a command: its errors become a message and an exit code; the database is closed either way. */
export async function runCommand(command: () => Promise<void>): Promise<void> {
  try {
    await command();
  } catch (error) {
    process.exitCode = error instanceof CommandError ? error.exitCode : 1;
    if (error instanceof CommandError || error instanceof AppError) console.error(error.message);
    else if (error instanceof ZodError)
      console.error(error.issues.map((issue) => `${issue.path.join(".") || "input"}: ${issue.message}`).join("\n"));
    else throw error;
  } finally {
    await db.$disconnect();
  }
}
