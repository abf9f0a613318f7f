import { z } from "zod";
import { message } from "@/lib/i18n/validation";

const DELAY_UNITS = { MINUTES: 60_000, HOURS: 3_600_000, DAYS: 86_400_000 } as const;

export const delayConfigSchema = z
  .strictObject({
    amount: z.coerce.number(message("delay.amount")).int(message("delay.whole")).positive(message("delay.positive")),
    unit: z.enum(["MINUTES", "HOURS", "DAYS"], message("delay.unit")),
  })
  .refine((c) => c.amount * DELAY_UNITS[c.unit] <= 365 * DELAY_UNITS.DAYS, { ...message("delay.max"), path: ["amount"] });
export type DelayConfig = z.infer<typeof delayConfigSchema>;

export const delayMs = (config: DelayConfig) => config.amount * DELAY_UNITS[config.unit];
