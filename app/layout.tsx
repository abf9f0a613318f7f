import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
// First, so that the tokens, base styles and primitives come before every component's CSS module.
import "./globals.css";
import { headers } from "next/headers";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { themeScript } from "@/components/theme/theme-script";
import { PAGE_HEADERS } from "@/lib/http/page-headers";
import { Providers } from "./providers";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("ui.app");
  return { title: { default: "Hookflow", template: "%s · Hookflow" }, description: t("description") };
}

// Both: the page follows the theme on <html data-theme> (app/globals.css sets color-scheme with it).
export const viewport: Viewport = { colorScheme: "light dark" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page is rendered per request: its scripts carry the nonce of this response's
  // Content-Security-Policy (set by proxy.ts), which a page built ahead of time could not.
  const requestHeaders = await headers();
  const locale = await getLocale();
  return (
    // The theme script sets data-theme before React hydrates: the attribute is not React's to check.
    <html lang={locale} suppressHydrationWarning>
      <head>
        {/* First in <head>, before the first paint: see components/theme/theme-script.ts. */}
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: a constant of ours, no user input; as children React would escape its quotes */}
        <script nonce={requestHeaders.get(PAGE_HEADERS.nonce) ?? undefined} dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body>
        {/* Client components get the request's language and messages (lib/i18n/request.ts). */}
        <NextIntlClientProvider>
          <Providers>{children}</Providers>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
