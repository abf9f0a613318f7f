import { z } from "zod";
import { message } from "@/lib/i18n/validation";

const appNameSchema = z.string(message("app.nameRequired")).trim().min(1, message("app.nameEmpty")).max(100, message("app.nameTooLong"));

export const createAppSchema = z.strictObject({ name: appNameSchema });
export type CreateAppInput = z.infer<typeof createAppSchema>;

export const appIdSchema = z.coerce.number(message("app.idWhole")).int(message("app.idWhole")).positive(message("app.idPositive"));

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
