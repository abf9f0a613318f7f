import { getTranslations } from "next-intl/server";
import { ProfilePage } from "./profile-page";

export async function generateMetadata() {
  const t = await getTranslations("auth.profile");
  return { title: t("pageTitle") };
}

export default function Page() {
  return <ProfilePage />;
}
