import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRole } from "@/components/app-shell/current-user";
import { queryKeys } from "@/lib/client/query-keys";
import { secretsApi } from "@/lib/client/secrets-api";

/**
 * The stored secrets as options of a select, for a panel that names one: a choice that no longer
 * exists stays listed as "(not found)", so the select never silently shows another. Listing them
 * needs an Editor; below it (a read-only panel) the choice is shown by its name alone.
 */
export function useSecretOptions(selected: string) {
  const t = useTranslations("actionTypes.secretOptions");
  const { allowed } = useRole("EDITOR");
  const secrets = useQuery({ queryKey: queryKeys.secrets, queryFn: ({ signal }) => secretsApi.list(signal), enabled: allowed });
  if (!allowed) return { secrets, options: [{ value: selected, label: selected || t("noneChosen") }] };
  const known = secrets.data?.some((secret) => secret.name === selected);
  const options = [
    { value: "", label: secrets.isPending ? t("loading") : t("choose") },
    ...(secrets.data ?? []).map((secret) => ({ value: secret.name, label: secret.name })),
    ...(selected && secrets.data && !known ? [{ value: selected, label: t("notFound", { name: selected }) }] : []),
  ];
  return { secrets, options };
}
