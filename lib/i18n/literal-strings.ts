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

/** A sentence of two or more words ("Choose a secret", "the trigger"), or a capitalised word ("Waiting"). */
const WORDS = /^(?:\p{Lu}\p{Ll}{2,}|\p{L}[\p{L}'’]*(?: +[\p{L}'’,.:;!?…]+)+)$/u;

const LOGICAL = new Set([ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.AmpersandAmpersandToken]);

/** Object properties whose string values are code: `colorScheme: "light dark"`. */
const CODE_PROPERTIES = new Set(["colorScheme"]);

/** Calls whose string arguments are keys or code: t("…"), map.get("…"), locator.getByRole("…"). */
const CODE_CALLS =
  /(^t$|\.t$|^t\.\w+$|^t[A-Z]\w*$|^(useTranslations|getTranslations)$|\.(get|set|has|delete|startsWith|endsWith|includes|closest|querySelector|addEventListener|removeEventListener)$)/;

/** A comment that exempts the statement under it, with the reason: `// not translated: HTTP reason phrases …`. */
const EXEMPT = /not translated:/;

/**
 * Words written as string literals outside JSX, in .ts and .tsx files: labels in lookup tables,
 * fallbacks, sentences passed to helpers ("Changing or running this workflow"), text built in hooks.
 * Not: imports, types, directives, comparisons and case labels, keys, t() and Map/DOM call
 * arguments, `new Error(…)` messages for developers, JSX attributes (literalsIn looks at those),
 * and statements under a `// not translated: <why>` comment.
 */
export function wordLiteralsIn(file: string, root: string): Literal[] {
  const text = fs.readFileSync(file, "utf8");
  const source = ts.createSourceFile(
    file,
    text,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const found: Literal[] = [];
  const exempt = (node: ts.Node): boolean => {
    for (let at: ts.Node | undefined = node; at && !ts.isSourceFile(at); at = at.parent) {
      const comments = ts.getLeadingCommentRanges(text, at.getFullStart()) ?? [];
      if (comments.some((range) => EXEMPT.test(text.slice(range.pos, range.end)))) return true;
    }
    return false;
  };
  const isCode = (node: ts.StringLiteral | ts.NoSubstitutionTemplateLiteral): boolean => {
    let child: ts.Node = node;
    let parent = node.parent;
    // Through `a ? "x" : "y"`, `x ?? "y"` and parentheses to what holds the value.
    while (
      ts.isParenthesizedExpression(parent) ||
      (ts.isConditionalExpression(parent) && parent.condition !== child) ||
      (ts.isBinaryExpression(parent) && LOGICAL.has(parent.operatorToken.kind) && parent.right === child)
    ) {
      child = parent;
      parent = parent.parent;
    }
    if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isLiteralTypeNode(parent)) return true;
    if (ts.isExpressionStatement(parent) || ts.isCaseClause(parent) || ts.isElementAccessExpression(parent) || ts.isNewExpression(parent))
      return true;
    // JSX: literalsIn reports children and the attributes people read.
    if (ts.isJsxAttribute(parent) || ts.isJsxExpression(parent)) return true;
    if (ts.isBinaryExpression(parent)) {
      const op = parent.operatorToken.kind;
      if (op === ts.SyntaxKind.EqualsEqualsEqualsToken || op === ts.SyntaxKind.ExclamationEqualsEqualsToken) return true;
    }
    if (ts.isPropertyAssignment(parent)) return parent.name === child || CODE_PROPERTIES.has(parent.name.getText(source));
    if (ts.isCallExpression(parent)) return CODE_CALLS.test(parent.expression.getText(source));
    return false;
  };
  const visit = (node: ts.Node) => {
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && WORDS.test(node.text.trim())) {
      if (!NAMES.has(node.text.trim()) && !isCode(node) && !exempt(node)) {
        found.push({
          file: path.relative(root, file),
          line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1,
          text: node.text,
        });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Every file with one of the extensions (.tsx by default) under the folders, tests left out, sorted. */
export function componentFiles(root: string, folders: string[], extensions: readonly string[] = [".tsx"]): string[] {
  const walk = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return walk(full);
      return extensions.some((extension) => entry.name.endsWith(extension)) && !entry.name.includes(".test.") ? [full] : [];
    });
  return folders.flatMap((folder) => walk(path.join(root, folder))).sort();
}
