import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createWorkflow } from "@/lib/workflows/workflows";
import { claimSeenIds, releaseSeenIds, settleSeenIds, type SeenKey } from "./seen-ids";

const later = (ms: number, from = new Date()) => new Date(from.getTime() + ms);

describe("claimSeenIds", () => {
  it("claims all of a request's keys or none, per workflow, and answers a repeat with the first enrollment", async () => {
    const wf = await createWorkflow({ name: "a", objectType: "contact" });
    const other = await createWorkflow({ name: "b", objectType: "contact" });
    const eventId: SeenKey = { kind: "EVENT_ID", value: "evt_1", expiresAt: later(60_000) };
    const webhookId: SeenKey = { kind: "WEBHOOK_ID", value: "msg_1", expiresAt: later(60_000) };
    expect(await claimSeenIds(wf.id, [eventId])).toEqual({ duplicate: false });
    await settleSeenIds(wf.id, [eventId], "enr_1");
    // A second request with a new webhook-id but the same event id: a duplicate, and msg_1 is not taken.
    expect(await claimSeenIds(wf.id, [webhookId, eventId])).toEqual({ duplicate: true, enrollmentId: "enr_1" });
    expect(await db.hookSeenId.count({ where: { workflowId: wf.id, kind: "WEBHOOK_ID" } })).toBe(0);
    // The same kind of value on another workflow, or of another kind, is another key.
    expect(await claimSeenIds(other.id, [eventId])).toEqual({ duplicate: false });
    expect(await claimSeenIds(wf.id, [{ ...eventId, kind: "WEBHOOK_ID" }])).toEqual({ duplicate: false });
  });

  it("forgets keys once they expire, and when released", async () => {
    const wf = await createWorkflow({ name: "c", objectType: "contact" });
    const now = new Date();
    const key: SeenKey = { kind: "SIGNATURE", value: "ab".repeat(32), expiresAt: later(1000, now) };
    expect(await claimSeenIds(wf.id, [key], now)).toEqual({ duplicate: false });
    expect((await claimSeenIds(wf.id, [key], later(999, now))).duplicate).toBe(true);
    expect(await claimSeenIds(wf.id, [{ ...key, expiresAt: later(5000, now) }], later(1000, now))).toEqual({ duplicate: false });
    await releaseSeenIds(wf.id, [key]);
    expect(await claimSeenIds(wf.id, [key], later(1000, now))).toEqual({ duplicate: false });
  });

  it("keeps long ids apart even when they share their first 500 characters", async () => {
    const wf = await createWorkflow({ name: "d", objectType: "contact" });
    const base = "x".repeat(600);
    const key = (value: string): SeenKey => ({ kind: "EVENT_ID", value, expiresAt: later(60_000) });
    expect(await claimSeenIds(wf.id, [key(`${base}1`)])).toEqual({ duplicate: false });
    expect(await claimSeenIds(wf.id, [key(`${base}2`)])).toEqual({ duplicate: false });
    expect((await claimSeenIds(wf.id, [key(`${base}1`)])).duplicate).toBe(true);
    const stored = await db.hookSeenId.findMany({ where: { workflowId: wf.id }, select: { value: true } });
    for (const { value } of stored) expect(value).toMatch(/^sha256:[0-9a-f]{64}$/);
  });
});
