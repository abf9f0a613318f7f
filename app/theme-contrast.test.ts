import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The colour tokens of both themes, read from app/globals.css itself, against WCAG 2.2's contrast
// minimums: 4.5:1 for text (1.4.3), 3:1 for the edges and marks people rely on (1.4.11). A token
// changed to a colour that fails its pair fails here.

const css = fs.readFileSync(path.join(import.meta.dirname, "globals.css"), "utf8");

/** The custom properties declared directly in the first rule with this exact selector. */
function block(selector: string): Record<string, string> {
  const start = css.indexOf(`\n${selector} {`);
  if (start < 0) throw new Error(`No ${selector} rule in globals.css`);
  const body = css.slice(css.indexOf("{", start) + 1, css.indexOf("\n}", start));
  const tokens: Record<string, string> = Object.create(null);
  for (const [, name, value] of body.replaceAll(/\/\*[\s\S]*?\*\//g, "").matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) {
    tokens[name] = value.trim();
  }
  return tokens;
}

const light = block(":root");
const themes = { light, dark: { ...light, ...block(':root[data-theme="dark"]') } };

/** A token's colour as #rrggbb, following var() references. */
function colour(tokens: Record<string, string>, name: string): string {
  const value = tokens[name];
  if (value === undefined) throw new Error(`No ${name} token`);
  const reference = /^var\((--[\w-]+)\)$/.exec(value);
  if (reference) return colour(tokens, reference[1]);
  if (!/^#[0-9a-f]{6}$/i.test(value)) throw new Error(`${name} is ${value}: give contrast-checked tokens as #rrggbb`);
  return value;
}

/** WCAG relative luminance of #rrggbb. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const channel = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [lighter, darker] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (lighter + 0.05) / (darker + 0.05);
}

const SURFACES = ["--bg", "--surface", "--surface-muted", "--surface-hover", "--row-hover"];

// [foreground, background]: text the UI draws on that background.
const TEXT: [string, string][] = [
  ...["--text", "--text-muted", "--text-subtle", "--accent-text"].flatMap((fg) => SURFACES.map((bg): [string, string] => [fg, bg])),
  ["--accent-text", "--accent-soft"],
  ["--accent-text", "--accent-soft-hover"],
  ["--text", "--accent-soft"],
  ["--on-accent", "--accent"],
  ["--on-accent", "--accent-hover"],
  ["--on-accent", "--danger-solid"],
  ["--on-accent", "--danger-hover"],
  ["--danger", "--surface"],
  ["--danger", "--danger-soft"],
  ["--danger-text", "--danger-soft"],
  ["--text", "--danger-soft"],
  ["--success", "--surface"],
  ["--success", "--success-soft"],
  ["--text", "--success-soft"],
  ["--warning", "--surface"],
  ["--warning", "--warning-soft"],
  ["--warning-text", "--warning-soft"],
  ["--text", "--warning-soft"],
  ["--info", "--info-soft"],
  ["--text", "--info-soft"],
  ["--trigger-text", "--trigger-soft"],
  ["--tooltip-text", "--tooltip-bg"],
  ...["--sidebar-text", "--sidebar-text-strong"].flatMap((fg) =>
    ["--sidebar-bg", "--sidebar-hover", "--sidebar-active"].map((bg): [string, string] => [fg, bg]),
  ),
  ["--sidebar-label", "--sidebar-bg"],
  ...["--json-key", "--json-string", "--json-number", "--json-literal"].flatMap((fg) =>
    ["--surface", "--surface-muted", "--surface-hover"].map((bg): [string, string] => [fg, bg]),
  ),
];

// Edges and marks that carry meaning: a form field's boundary, the focus indicator, the canvas's
// arrows, an action's accent and "needs attention" stripes, status dots.
const NON_TEXT: [string, string][] = [
  ["--input-border", "--surface"],
  ["--input-border", "--surface-muted"],
  ["--focus-color", "--bg"],
  ["--focus-color", "--surface"],
  ["--sidebar-focus", "--sidebar-bg"],
  ["--canvas-edge", "--bg"],
  ["--accent", "--surface"],
  ["--caution", "--surface"],
  ["--success", "--surface"],
  ["--danger", "--surface"],
  ["--logo-bg", "--sidebar-bg"],
];
// The logo's own colours (--logo-fg on --logo-bg) are left out: WCAG exempts logotypes.

describe.each(Object.entries(themes))("the %s theme", (_, tokens) => {
  it.each(TEXT)("%s on %s is at least 4.5:1", (fg, bg) => {
    expect(contrast(colour(tokens, fg), colour(tokens, bg))).toBeGreaterThanOrEqual(4.5);
  });

  it.each(NON_TEXT)("%s on %s is at least 3:1", (fg, bg) => {
    expect(contrast(colour(tokens, fg), colour(tokens, bg))).toBeGreaterThanOrEqual(3);
  });
});

describe("the dark theme's tokens", () => {
  it("declares its colour scheme, so native controls and scrollbars follow", () => {
    expect(block(':root[data-theme="dark"]')).toBeDefined();
    expect(css).toMatch(/:root\[data-theme="dark"\] \{\s*color-scheme: dark;/);
  });

  it("gives a dark value to every light colour token but the few that stay the same on purpose", () => {
    const dark = block(':root[data-theme="dark"]');
    const same = [
      "--on-accent",
      "--sidebar-text",
      "--sidebar-text-strong",
      "--sidebar-label",
      "--sidebar-focus",
      "--logo-bg",
      "--logo-fg",
      "--logo-dot",
      "--switch-thumb",
    ];
    const colours = Object.keys(light).filter((name) => /#[0-9a-f]{3,8}\b|rgba?\(/i.test(light[name]) && !same.includes(name));
    expect(colours.filter((name) => !(name in dark))).toEqual([]);
  });
});

it("the contrast function matches WCAG's known values", () => {
  expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
  expect(contrast("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
});
