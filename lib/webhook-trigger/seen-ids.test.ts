import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createWorkflow } from "@/lib/workflows/workflows";
import { claimSeenIds, releaseSeenIds, type SeenKey } from "./seen-ids";

const later = (ms: number, from = new Date()) => new Date(from.getTime() + ms);

describe("claimSeenIds", () => {
  it("claims all of a request's keys or none, per workflow, and answers a repeat with the first enrollment", async () => {
    const wf = await createWorkflow({ name: "a", objectType: "contact" });
    const other = await createWorkflow({ name: "b", objectType: "contact" });
    const eventId: SeenKey = { kind: "EVENT_ID", value: "evt_1", expiresAt: later(60_000) };
    const webhookId: SeenKey = { kind: "WEBHOOK_ID", value: "msg_1", expiresAt: later(60_000) };
    expect(await claimSeenIds(wf.id, [eventId], "enr_1")).toEqual({ duplicate: false });
    // A second request with a new webhook-id but the same event id: a duplicate, and msg_1 is not taken.
    expect(await claimSeenIds(wf.id, [webhookId, eventId], "enr_2")).toEqual({ duplicate: true, enrollmentId: "enr_1" });
    expect(await db.hookSeenId.count({ where: { workflowId: wf.id, kind: "WEBHOOK_ID" } })).toBe(0);
    // The same kind of value on another workflow, or of another kind, is another key.
    expect(await claimSeenIds(other.id, [eventId], "enr_3")).toEqual({ duplicate: false });
    expect(await claimSeenIds(wf.id, [{ ...eventId, kind: "WEBHOOK_ID" }], "enr_4")).toEqual({ duplicate: false });
  });

  it("forgets keys once they expire, and when released", async () => {
    const wf = await createWorkflow({ name: "c", objectType: "contact" });
    const now = new Date();
    const key: SeenKey = { kind: "SIGNATURE", value: "ab".repeat(32), expiresAt: later(1000, now) };
    expect(await claimSeenIds(wf.id, [key], "enr_1", now)).toEqual({ duplicate: false });
    expect((await claimSeenIds(wf.id, [key], "enr_2", later(999, now))).duplicate).toBe(true);
    expect(await claimSeenIds(wf.id, [{ ...key, expiresAt: later(5000, now) }], "enr_3", later(1000, now))).toEqual({
      duplicate: false,
    });
    // The expired key was forgotten only because it was in the way; the new claim names its enrollment.
    expect(await db.hookSeenId.findMany({ where: { workflowId: wf.id }, select: { enrollmentId: true } })).toEqual([
      { enrollmentId: "enr_3" },
    ]);
    await releaseSeenIds(wf.id, [key]);
    expect(await claimSeenIds(wf.id, [key], "enr_4", later(1000, now))).toEqual({ duplicate: false });
  });

  it("keeps long ids apart even when they share their first 500 characters", async () => {
    const wf = await createWorkflow({ name: "d", objectType: "contact" });
    const base = "x".repeat(600);
    const key = (value: string): SeenKey => ({ kind: "EVENT_ID", value, expiresAt: later(60_000) });
    expect(await claimSeenIds(wf.id, [key(`${base}1`)], "enr_1")).toEqual({ duplicate: false });
    expect(await claimSeenIds(wf.id, [key(`${base}2`)], "enr_2")).toEqual({ duplicate: false });
    expect((await claimSeenIds(wf.id, [key(`${base}1`)], "enr_3")).duplicate).toBe(true);
    const stored = await db.hookSeenId.findMany({ where: { workflowId: wf.id }, select: { value: true } });
    for (const { value } of stored) expect(value).toMatch(/^sha256:[0-9a-f]{64}$/);
  });
});
