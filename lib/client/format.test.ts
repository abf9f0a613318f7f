import { describe, expect, it } from "vitest";
import { createFormat, fromZonedInputValue, toZonedInputValue } from "./format";

// Real Intl (Node's full ICU), no mocks: the UI language and the user's zone decide every form.

const en = (timeZone: string) => createFormat({ locale: "en", timeZone, justNow: "just now" });
const ko = (timeZone: string) => createFormat({ locale: "ko", timeZone, justNow: "방금 전" });

// 16:05 UTC on 5 March 2026: 01:05 on 6 March in Seoul, 11:05 on 5 March in New York.
const AT = "2026-03-05T16:05:00.000Z";
const NOW = Date.parse(AT);
const minutes = (n: number) => NOW + n * 60_000;
// Intl may put a narrow no-break space before AM/PM; compare with plain spaces.
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, " ");

describe("createFormat", () => {
  it("formats a moment in the user's zone, in the UI language", () => {
    expect(plain(en("America/New_York").dateTime(AT))).toBe("Mar 5, 2026, 11:05 AM");
    expect(plain(en("Asia/Seoul").dateTime(AT))).toBe("Mar 6, 2026, 1:05 AM");
    expect(ko("Asia/Seoul").dateTime(AT)).toBe("2026. 3. 6. 오전 1:05");
    expect(ko("America/New_York").dateTime(AT)).toBe("2026. 3. 5. 오전 11:05");
    expect(ko("Asia/Seoul").date(AT)).toBe("2026. 3. 6.");
    expect(ko("Asia/Seoul").time(AT)).toBe("오전 1:05");
    expect(plain(en("America/New_York").time(AT, true))).toBe("11:05:00 AM");
    expect(en("UTC").dateTime(null)).toBe("—");
    expect(en("UTC").dateTime("not a date")).toBe("not a date");
  });

  it("tells whether two moments share a calendar day in the user's zone", () => {
    expect(en("UTC").sameDay(AT, minutes(-8 * 60))).toBe(true);
    expect(en("Asia/Seoul").sameDay(AT, minutes(-8 * 60))).toBe(false);
  });

  it("says relative times in the UI language; just now from the catalog; old moments as a date", () => {
    expect(en("UTC").relative(minutes(-3), NOW)).toBe("3 minutes ago");
    expect(en("UTC").relative(minutes(3), NOW)).toBe("in 3 minutes");
    expect(ko("UTC").relative(minutes(-3), NOW)).toBe("3분 전");
    expect(ko("UTC").relative(minutes(3), NOW)).toBe("3분 후");
    expect(ko("UTC").relative(minutes(-120), NOW)).toBe("2시간 전");
    expect(ko("UTC").relative(minutes(-24 * 60), NOW)).toBe("어제");
    expect(en("UTC").relative(minutes(0.5), NOW)).toBe("just now");
    expect(ko("UTC").relative(minutes(-0.5), NOW)).toBe("방금 전");
    expect(ko("Asia/Seoul").relative(minutes(-60 * 24 * 60), NOW)).toBe("2026. 1. 5.");
    expect(ko("UTC").timeLeft(minutes(59.9), NOW)).toBe("1시간 후");
    expect(ko("UTC").timeLeft(minutes(45), NOW)).toBe("45분 후");
    expect(en("UTC").timeLeft(minutes(3 * 24 * 60), NOW)).toBe("in 3 days");
    expect(ko("UTC").timeLeft(minutes(0.2), NOW)).toBeNull();
  });

  it("gives durations and byte sizes with the language's units", () => {
    expect(en("UTC").duration(120)).toBe("120 ms");
    expect(ko("UTC").duration(120)).toBe("120ms");
    expect(en("UTC").duration(1250)).toBe("1.25 sec");
    expect(ko("UTC").duration(1250)).toBe("1.25초");
    expect(ko("UTC").duration(12_500)).toBe("12.5초");
    expect(en("UTC").duration(null)).toBe("—");
    expect(en("UTC").bytes(512)).toBe("512 bytes");
    expect(en("UTC").bytes(1)).toBe("1 byte");
    expect(ko("UTC").bytes(512)).toBe("512바이트");
    expect(en("UTC").bytes(1536)).toBe("1.5 kB");
    expect(ko("UTC").bytes(2_300_000)).toBe("2.3MB");
  });

  it("formats numbers, amounts and property values for the language", () => {
    expect(en("UTC").number(7_400_000)).toBe("7,400,000");
    expect(ko("UTC").number(7_400_000)).toBe("7,400,000");
    expect(en("UTC").amount("7400", "USD")).toBe("$7,400.00");
    expect(ko("UTC").amount("7400", "USD")).toBe("US$7,400.00");
    expect(ko("UTC").amount("7400", "KRW")).toBe("₩7,400");
    expect(ko("UTC").propertyValue("amount", "7400000")).toBe("7,400,000");
    expect(ko("UTC").propertyValue("phone", "0101234567")).toBe("0101234567");
    // A timestamp property in the user's zone; a calendar-day property (midnight UTC) is the same day everywhere.
    expect(ko("Asia/Seoul").propertyValue("createdate", String(NOW))).toBe("2026. 3. 6. 오전 1:05");
    const closeDay = String(Date.parse("2026-03-05T00:00:00Z"));
    expect(plain(en("America/Los_Angeles").propertyValue("closedate", closeDay))).toBe("Mar 5, 2026");
    expect(ko("Asia/Seoul").propertyValue("closedate", closeDay)).toBe("2026. 3. 5.");
  });
});

describe("datetime-local values in the user's zone", () => {
  it("shows an instant as the zone's wall-clock time and reads it back", () => {
    expect(toZonedInputValue(AT, "Asia/Seoul")).toBe("2026-03-06T01:05");
    expect(toZonedInputValue(String(NOW), "America/New_York")).toBe("2026-03-05T11:05");
    expect(fromZonedInputValue("2026-03-06T01:05", "Asia/Seoul")).toBe(AT);
    expect(fromZonedInputValue("2026-03-05T11:05", "America/New_York")).toBe(AT);
    // Across New York's change to daylight saving time (8 March 2026): -04:00 after it.
    expect(fromZonedInputValue("2026-03-09T12:00", "America/New_York")).toBe("2026-03-09T16:00:00.000Z");
    expect(toZonedInputValue("nope", "UTC")).toBe("");
    expect(fromZonedInputValue("nope", "UTC")).toBe("");
  });
});
