import { z } from "zod";

const DELAY_UNITS = { MINUTES: 60_000, HOURS: 3_600_000, DAYS: 86_400_000 } as const;

export const delayConfigSchema = z
  .strictObject({
    amount: z.coerce.number({ error: "Enter how long to wait." }).int("Enter a whole number.").positive("Wait at least 1."),
    unit: z.enum(["MINUTES", "HOURS", "DAYS"], { error: () => "unit must be MINUTES, HOURS or DAYS." }),
  })
  .refine((c) => c.amount * DELAY_UNITS[c.unit] <= 365 * DELAY_UNITS.DAYS, {
    message: "A delay is limited to 365 days.",
    path: ["amount"],
  });
export type DelayConfig = z.infer<typeof delayConfigSchema>;

export const delayMs = (config: DelayConfig) => config.amount * DELAY_UNITS[config.unit];
