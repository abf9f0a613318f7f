import { db } from "@/lib/db";
import { LOCALE_COOKIE, type Locale } from "./locales";

const YEAR_SECONDS = 365 * 24 * 60 * 60;

/**
 * Stores the user's UI language (null: follow the browser) and answers the Set-Cookie that carries
 * it to this browser's pages, including sign-in after signing out.
 */
export async function setUserLocale(userId: string, locale: Locale | null, secure: boolean): Promise<string> {
  await db.user.update({ where: { id: userId }, data: { locale } });
  const attributes = `Path=/; SameSite=Lax${secure ? "; Secure" : ""}`;
  return locale ? `${LOCALE_COOKIE}=${locale}; Max-Age=${YEAR_SECONDS}; ${attributes}` : `${LOCALE_COOKIE}=; Max-Age=0; ${attributes}`;
}
