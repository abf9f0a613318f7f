import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { componentFiles, literalsIn, wordLiteralsIn } from "./literal-strings";

// No component shows text that is not from the message catalogs: a new English string fails here.

const root = path.resolve(import.meta.dirname, "../..");

describe("text in components", () => {
  const files = componentFiles(root, ["app", "components"]);

  it("comes from the message catalogs", () => {
    const offending = files.flatMap((file) => literalsIn(file, root)).map((literal) => `${literal.file}:${literal.line} "${literal.text}"`);
    expect(offending, "use t() from next-intl with a key in lib/i18n/messages/{en,ko}/").toEqual([]);
  });

  it("finds JSX text, text children, attributes people read and page titles, but not code attributes or drawing", () => {
    const file = path.join(root, "test", "zz-literal-sample.tsx");
    fs.writeFileSync(
      file,
      [
        "export const A = ({ t, ok }: { t: (k: string) => string; ok: boolean }) => (",
        '  <div className="x" aria-label="Open the menu" data-state="open" title={t("k")}>',
        "    Hello there",
        '    {"Quoted text"}',
        '    {ok ? "Yes it is" : t("no")}',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: the sample file's own template literal, as source text.
        '    <input placeholder={`Search ${1} items`} type="text" />',
        '    <svg viewBox="0 0 10 10"><path fill="none" d="M0 0" /></svg>',
        "    — · 42 Hookflow",
        "  </div>",
        ");",
        'export const metadata = { title: "Workflow editor", description: ok ? "About it" : t("d"), other: "code" };',
      ].join("\n"),
    );
    try {
      expect(literalsIn(file, root).map((l) => l.text)).toEqual([
        "Open the menu",
        "Hello there",
        "Quoted text",
        "Yes it is",
        "Search items",
        "— · 42 Hookflow",
        "Workflow editor",
        "About it",
      ]);
    } finally {
      fs.rmSync(file);
    }
  });
});

describe("words in .ts and .tsx code", () => {
  const files = componentFiles(root, ["app", "components"], [".ts", ".tsx"]).filter((file) => !file.includes(`${path.sep}api${path.sep}`));

  it("come from the message catalogs (API routes answer in English and are left out)", () => {
    const offending = files
      .flatMap((file) => wordLiteralsIn(file, root))
      .map((literal) => `${literal.file}:${literal.line} "${literal.text}"`);
    expect(offending, "use t() from next-intl, or mark a statement `// not translated: <why>`").toEqual([]);
  });

  it("finds labels in tables, fallbacks and sentences passed on, but not code, keys, comparisons or exempt statements", () => {
    const file = path.join(root, "test", "zz-word-sample.ts");
    fs.writeFileSync(
      file,
      [
        '"use client";',
        'import { x } from "some module";',
        'const LABELS: Record<string, string> = { FORM: "Form", CRM_UI: "CRM UI" };',
        "export const guard = (t: (k: string) => string, ok: boolean, key: string, m: Map<string, string>) => {",
        '  if (key === "Enter" || m.has("Some key")) return t("some key");',
        '  const className = ok ? "input select" : "muted";',
        '  return [useRoleGuard("EDITOR", "Managing capture URLs"), ok ? "the trigger" : t("x"), className, LABELS];',
        "};",
        "// not translated: HTTP reason phrases are shown as receivers send them",
        'const REASONS = { 404: "Not Found" };',
        'function useRoleGuard(role: string, action: string) { if (!role) throw new Error("Role is required here"); return action; }',
        "export { REASONS, x };",
      ].join("\n"),
    );
    try {
      expect(wordLiteralsIn(file, root).map((l) => l.text)).toEqual([
        "Form",
        "CRM UI",
        "input select",
        "Managing capture URLs",
        "the trigger",
      ]);
    } finally {
      fs.rmSync(file);
    }
  });
});
