import { z } from "zod";

const appNameSchema = z
  .string({ error: "name is required." })
  .trim()
  .min(1, "name must not be empty.")
  .max(100, "name must be at most 100 characters.");

export const createAppSchema = z.strictObject({ name: appNameSchema });
export type CreateAppInput = z.infer<typeof createAppSchema>;

export const appIdSchema = z.coerce
  .number({ error: "App id must be a whole number." })
  .int("App id must be a whole number.")
  .positive("App id must be a positive whole number.");

/** An app as the API lists it: never its client secret. `usedBy`: the workflows that sign with it. */
export type AppSummary = {
  appId: number;
  name: string;
  createdAt: string;
  secretRotatedAt: string;
  usedBy: { id: string; name: string }[];
};
/** Returned only by create and rotate: the one time the client secret is shown. */
export type AppWithSecret = Omit<AppSummary, "usedBy"> & { clientSecret: string };
