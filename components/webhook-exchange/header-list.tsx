import { useTranslations } from "next-intl";
import { Disclosure } from "./disclosure";

/** HTTP headers as name: value lines, in the order recorded (pairs keep repeated names apart). */
export function HeaderList({
  label,
  headers,
  defaultOpen,
}: {
  label: string;
  headers: Record<string, string> | [string, string][];
  defaultOpen?: boolean;
}) {
  const t = useTranslations("exchange");
  const entries = Array.isArray(headers) ? headers : Object.entries(headers ?? {});
  return (
    <Disclosure label={label} summary={t("headerCount", { count: entries.length })} defaultOpen={defaultOpen}>
      {entries.length === 0 ? (
        <p className="muted xv-none">{t("noHeaders")}</p>
      ) : (
        <dl className="xv-headers">
          {entries.map(([name, value], index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: headers may repeat a name; their order is fixed.
            <div key={`${index}:${name}`} className="xv-header">
              <dt>{name}:</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
    </Disclosure>
  );
}
