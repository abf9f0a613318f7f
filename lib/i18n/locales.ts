import { z } from "zod";
import { message } from "./validation";

// The UI's languages. Isomorphic: the language switch and the profile page use these too.

export const LOCALES = ["en", "ko"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** Each language by its own name (an endonym is never translated: a reader finds their language in any UI language). */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", ko: "한국어" };

/** The cookie that carries the chosen language to every request (set with the user's setting). */
export const LOCALE_COOKIE = "hookflow-locale";

const localeSchema = z.enum(LOCALES, message("locale", { locales: LOCALES.join(", ") }));

export const isLocale = (value: unknown): value is Locale => localeSchema.safeParse(value).success;

/** PUT /api/session/locale: a language, or null to follow the browser again. */
export const setLocaleSchema = z.strictObject({ locale: localeSchema.nullable() });
