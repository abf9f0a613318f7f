import type { Locale } from "./locales";
import type { Messages } from "./messages";

// Message keys and locales are checked by TypeScript: t("nav.runz") does not compile.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
