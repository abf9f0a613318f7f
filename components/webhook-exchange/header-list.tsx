import { Disclosure } from "./disclosure";

/** HTTP headers as name: value lines, names in the order the server recorded them. */
export function HeaderList({ label, headers }: { label: string; headers: Record<string, string> }) {
  const entries = Object.entries(headers ?? {});
  return (
    <Disclosure label={label} summary={`${entries.length} ${entries.length === 1 ? "header" : "headers"}`}>
      {entries.length === 0 ? (
        <p className="muted xv-none">No headers.</p>
      ) : (
        <dl className="xv-headers">
          {entries.map(([name, value]) => (
            <div key={name} className="xv-header">
              <dt>{name}:</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
    </Disclosure>
  );
}
