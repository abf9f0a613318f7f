import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
// First, so that the tokens, base styles and primitives come before every component's CSS module.
import "./globals.css";
import { AppShell } from "@/components/app-shell/app-shell";
import { Providers } from "./providers";

export const metadata: Metadata = {
  title: { default: "Hookflow", template: "%s · Hookflow" },
  description: "Self-hosted workflow webhooks: send CRM record data to outside systems, durably.",
};

export const viewport: Viewport = { colorScheme: "light" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <Providers>
          <AppShell>{children}</AppShell>
        </Providers>
      </body>
    </html>
  );
}
