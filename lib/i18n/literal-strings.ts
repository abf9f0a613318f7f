import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

// Finds text a person would read that is written into a component instead of coming from the
// message catalogs: JSX text, string literals (and template literals) as JSX children, and string
// values of attributes that people read (aria-label, title, placeholder, label, hint…), and the
// page titles and descriptions of Next.js metadata objects ({ title: "…" }).
// lib/i18n/literal-strings.test.ts runs it over every .tsx file of app/ and components/.

/** Attributes whose string values are code, not text for people. */
const CODE_ATTRIBUTES = new Set([
  "className",
  "iconClassName",
  "id",
  "href",
  "src",
  "type",
  "name",
  "value",
  "defaultValue",
  "role",
  "scope",
  "activationMode",
  "width",
  "list",
  "variant",
  "size",
  "tone",
  "align",
  "side",
  "method",
  "autoComplete",
  "inputMode",
  "lang",
  "rel",
  "target",
  "htmlFor",
  "color",
  "key",
  "as",
  "dir",
  "spellCheck",
  "form",
  "action",
  "encType",
  "sizes",
  "media",
  "nonce",
  "pattern",
  "accept",
  "step",
  "min",
  "max",
  "wrap",
  "mode",
  "testId",
  "kind",
  "layout",
  "orientation",
  "position",
  "status",
  "path",
  "icon",
  "labelledBy",
  "describedBy",
  "aria-labelledby",
  "aria-describedby",
  "aria-controls",
  "aria-current",
  "aria-live",
  "aria-haspopup",
  "aria-hidden",
  "aria-invalid",
  "aria-expanded",
  "aria-pressed",
  "aria-sort",
  "aria-autocomplete",
  "aria-orientation",
  "aria-keyshortcuts",
  "needed",
]);

/** Drawing elements: their attributes are geometry and paint. */
const SVG_ELEMENTS = new Set([
  "svg",
  "path",
  "g",
  "circle",
  "rect",
  "line",
  "polyline",
  "polygon",
  "ellipse",
  "defs",
  "linearGradient",
  "stop",
]);

/** Names that are the same in every language. */
const NAMES = new Set(["Hookflow", "HubSpot", "Slack", "JSON", "cURL"]);

/** Object properties that are text for people wherever they appear: page metadata ({ title, description }) and the like. */
const METADATA_PROPERTIES = new Set(["title", "description"]);

/** Has a letter of any script: "—", "·", "→", "12 px" and "" are not text to translate. */
const HAS_WORD = /\p{L}{2,}/u;

export type Literal = { file: string; line: number; text: string };

function isCodeAttribute(name: string): boolean {
  return CODE_ATTRIBUTES.has(name) || name.startsWith("data-") || name.startsWith("on") || name.endsWith("ClassName");
}

/** The literals of one file (path relative to root for messages). */
export function literalsIn(file: string, root: string): Literal[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: Literal[] = [];
  const add = (node: ts.Node, text: string) => {
    const clean = text.replace(/\s+/g, " ").trim();
    if (HAS_WORD.test(clean) && !NAMES.has(clean)) {
      found.push({ file: path.relative(root, file), line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: clean });
    }
  };
  const literalText = (node: ts.Node): string | null =>
    ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)
      ? node.text
      : ts.isTemplateExpression(node)
        ? [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(" ")
        : null;

  const textParts = (expression: ts.Expression): string[] => {
    const own = literalText(expression);
    if (own !== null) return [own];
    if (ts.isParenthesizedExpression(expression)) return textParts(expression.expression);
    if (ts.isConditionalExpression(expression)) return [...textParts(expression.whenTrue), ...textParts(expression.whenFalse)];
    if (
      ts.isBinaryExpression(expression) &&
      [ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.AmpersandAmpersandToken].includes(
        expression.operatorToken.kind,
      )
    )
      return textParts(expression.right);
    return [];
  };

  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) add(node, node.text);
    else if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent)) {
      // {"text"}, {`text ${x}`}, {cond ? "a" : "b"}, {x ?? "b"}, {x && "b"} as a child.
      for (const part of textParts(node.expression)) add(node, part);
    } else if (ts.isJsxAttribute(node) && node.initializer) {
      const name = node.name.getText(source);
      const element = node.parent.parent;
      const tag = ts.isJsxOpeningElement(element) || ts.isJsxSelfClosingElement(element) ? element.tagName.getText(source) : "";
      if (!isCodeAttribute(name) && !SVG_ELEMENTS.has(tag)) {
        const initializer = node.initializer;
        const texts = ts.isStringLiteral(initializer)
          ? [initializer.text]
          : ts.isJsxExpression(initializer) && initializer.expression
            ? textParts(initializer.expression)
            : [];
        for (const text of texts) add(node, text);
      }
    } else if (
      ts.isPropertyAssignment(node) &&
      METADATA_PROPERTIES.has(node.name.getText(source)) &&
      ts.isObjectLiteralExpression(node.parent)
    ) {
      for (const text of textParts(node.initializer)) add(node, text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Every .tsx file under the folders, sorted. */
export function componentFiles(root: string, folders: string[]): string[] {
  const walk = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? walk(full) : entry.name.endsWith(".tsx") ? [full] : [];
    });
  return folders.flatMap((folder) => walk(path.join(root, folder))).sort();
}
