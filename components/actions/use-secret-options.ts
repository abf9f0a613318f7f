import { useQuery } from "@tanstack/react-query";
import { queryKeys } from "@/lib/client/query-keys";
import { secretsApi } from "@/lib/client/secrets-api";

/**
 * The stored secrets as options of a select, for a panel that names one: a choice that no longer
 * exists stays listed as "(not found)", so the select never silently shows another.
 */
export function useSecretOptions(selected: string) {
  const secrets = useQuery({ queryKey: queryKeys.secrets, queryFn: ({ signal }) => secretsApi.list(signal) });
  const known = secrets.data?.some((secret) => secret.name === selected);
  const options = [
    { value: "", label: secrets.isPending ? "Loading secrets…" : "Choose a secret" },
    ...(secrets.data ?? []).map((secret) => ({ value: secret.name, label: secret.name })),
    ...(selected && secrets.data && !known ? [{ value: selected, label: `${selected} (not found)` }] : []),
  ];
  return { secrets, options };
}
