import { describe, expect, it } from "vitest";
import { definedOutputs, outputReferenceIssues, usesOfOutputs, valueSourcesIn } from "./output-references";

const lookup = (id: string, outputs = [{ name: "tier", path: "customer.tier", type: "STRING" }]) => ({
  id,
  type: "SEND_WEBHOOK",
  config: {
    method: "POST",
    webhookUrl: "https://hooks.example.com/tier",
    authentication: { type: "NONE" },
    body: { type: "ALL_PROPERTIES" },
    queryParams: [],
    outputs,
  },
});
const setFrom = (id: string, actionId: string, output = "tier", name?: string) => ({
  id,
  type: "SET_PROPERTY",
  ...(name ? { name } : {}),
  config: { property: "customer_tier", value: { type: "OUTPUT", actionId, output } },
});

describe("valueSourcesIn", () => {
  it("finds every value source of a config with its path: body fields, query parameters, a property's value", () => {
    const config = {
      method: "POST",
      webhookUrl: "https://x.example",
      authentication: { type: "NONE" },
      body: {
        type: "CUSTOM",
        fields: [
          { key: "email", source: { type: "PROPERTY", property: "email" } },
          { key: "tier", source: { type: "OUTPUT", actionId: "a1", output: "tier" } },
        ],
      },
      queryParams: [{ key: "id", source: { type: "TRIGGER", path: "order.id" } }],
      outputs: [{ name: "tier", path: "tier", type: "STRING" }],
    };
    expect(valueSourcesIn(config)).toEqual([
      { path: ["body", "fields", 0, "source"], source: { type: "PROPERTY", property: "email" } },
      { path: ["body", "fields", 1, "source"], source: { type: "OUTPUT", actionId: "a1", output: "tier" } },
      { path: ["queryParams", 0, "source"], source: { type: "TRIGGER", path: "order.id" } },
    ]);
    expect(valueSourcesIn(setFrom("s", "a1").config)).toEqual([
      { path: ["value"], source: { type: "OUTPUT", actionId: "a1", output: "tier" } },
    ]);
    expect(valueSourcesIn({ amount: 1, unit: "HOURS" })).toEqual([]);
  });
});

describe("outputReferenceIssues", () => {
  it("accepts an output that an earlier action defines", () => {
    expect(
      outputReferenceIssues([lookup("a1"), { id: "d", type: "DELAY", config: { amount: 1, unit: "HOURS" } }, setFrom("s", "a1")]),
    ).toEqual([]);
  });

  it("flags a deleted action, a later one, the action itself and an output the action does not define, at the source's path", () => {
    expect(outputReferenceIssues([setFrom("s", "gone")])).toEqual([
      {
        index: 0,
        actionId: "s",
        path: ["config", "value"],
        message: 'Uses the output "tier" of an action that no longer exists; choose another value.',
        code: "outputReference.deleted",
        params: { outputName: "tier" },
      },
    ]);
    expect(outputReferenceIssues([setFrom("s", "a1"), lookup("a1")])[0]).toMatchObject({
      index: 0,
      path: ["config", "value"],
      message: 'Uses the output "tier" of “Send a webhook”, which runs later; choose another value.',
    });
    const self = {
      ...lookup("a1"),
      config: {
        ...lookup("a1").config,
        body: { type: "CUSTOM", fields: [{ key: "t", source: { type: "OUTPUT", actionId: "a1", output: "tier" } }] },
      },
    };
    expect(outputReferenceIssues([self])[0]).toMatchObject({
      path: ["config", "body", "fields", 0, "source"],
      message: expect.stringMatching(/its own output "tier"/),
    });
    expect(outputReferenceIssues([lookup("a1", []), setFrom("s", "a1")])[0]).toMatchObject({
      index: 1,
      message: '“Send a webhook” has no output "tier" (any more); choose another value.',
    });
  });

  it("reads the outputs of an unfinished draft config (no URL yet)", () => {
    const draft = { ...lookup("a1"), config: { ...lookup("a1").config, webhookUrl: "" } };
    expect(definedOutputs(draft).map((o) => o.name)).toEqual(["tier"]);
    expect(outputReferenceIssues([draft, setFrom("s", "a1")])).toEqual([]);
  });
});

describe("usesOfOutputs", () => {
  it("names the actions that read an action's outputs, and which", () => {
    const actions = [lookup("a1"), setFrom("s1", "a1", "tier", "Copy the tier"), setFrom("s2", "other")];
    expect(usesOfOutputs(actions, "a1")).toEqual([{ action: actions[1], outputs: ["tier"] }]);
    expect(usesOfOutputs(actions, "s1")).toEqual([]);
  });
});
