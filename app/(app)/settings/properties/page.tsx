import type { Metadata } from "next";
import { PropertiesPage } from "@/components/settings/properties-page";

export const metadata: Metadata = { title: "Properties" };

export default function Page() {
  return <PropertiesPage />;
}
