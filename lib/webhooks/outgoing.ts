import packageJson from "@/package.json";

// What every request Hookflow sends carries, whichever action type sends it.

export const USER_AGENT = `Hookflow/${packageJson.version} (+https://github.com/hookflow; workflow webhooks)`;
/** The same on every attempt of one delivery, so a receiver can de-duplicate. */
export const DELIVERY_ID_HEADER = "X-Hookflow-Delivery-Id";
/** What a secret is replaced with wherever a request or response is stored or shown. */
export const MASK = "********";
