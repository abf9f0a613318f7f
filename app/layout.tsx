import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
// First, so that the tokens, base styles and primitives come before every component's CSS module.
import "./globals.css";
import { headers } from "next/headers";
import { Providers } from "./providers";

export const metadata: Metadata = {
  title: { default: "Hookflow", template: "%s · Hookflow" },
  description: "Self-hosted workflow webhooks: send CRM record data to outside systems, durably.",
};

export const viewport: Viewport = { colorScheme: "light" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page is rendered per request: its scripts carry the nonce of this response's
  // Content-Security-Policy (set by proxy.ts), which a page built ahead of time could not.
  await headers();
  return (
    <html lang="en">
      <body>
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
