import { describe, expect, it } from "vitest";
import { AppError, ERROR_CODES } from "@/lib/errors";
import { ERROR_STATUS } from "./error-status";
import { errorResponse } from "./route-handler";

describe("ERROR_STATUS", () => {
  it("gives every code a 4xx status", () => {
    for (const code of ERROR_CODES) expect(Math.floor(ERROR_STATUS[code] / 100), code).toBe(4);
    expect(Object.keys(ERROR_STATUS).sort()).toEqual([...ERROR_CODES].sort());
  });

  it("answers an AppError with its code's status and the error shape", async () => {
    const res = errorResponse(new AppError("WORKFLOW_NOT_READY", "Not ready.", [{ path: "actions", message: "Add one." }]));
    expect(res.status).toBe(422);
    expect(await res.json()).toEqual({
      error: { code: "WORKFLOW_NOT_READY", message: "Not ready.", details: [{ path: "actions", message: "Add one." }] },
    });
    const notFound = errorResponse(AppError.of("NOT_FOUND.workflow", { id: "w1" }));
    expect(notFound.status).toBe(404);
    expect(await notFound.json()).toEqual({
      error: { code: "NOT_FOUND", key: "NOT_FOUND.workflow", params: { id: "w1" }, message: "Workflow w1 was not found." },
    });
  });
});
