import { afterAll, beforeAll } from "vitest";
import { startHttpsReceiver, type HttpsReceiver, type ReceiverHandler } from "./https-receiver";

/**
 * An HTTPS receiver (test/https-receiver.ts) for the tests of one file: it starts before them,
 * with localhost allowed as a webhook host (WEBHOOK_ALLOWED_PRIVATE_HOSTS) so the runner delivers
 * to it, and closes after them. Call it at the top of the file; its members work inside the tests.
 */
export function fileReceiver(handler?: ReceiverHandler): HttpsReceiver {
  let started: HttpsReceiver | undefined;
  beforeAll(async () => {
    process.env.WEBHOOK_ALLOWED_PRIVATE_HOSTS = "localhost";
    started = await startHttpsReceiver(handler);
  });
  afterAll(() => started?.close());
  const receiver = () => {
    if (!started) throw new Error("The receiver starts in beforeAll: use it inside a test or hook.");
    return started;
  };
  return {
    get url() {
      return receiver().url;
    },
    get port() {
      return receiver().port;
    },
    get requests() {
      return receiver().requests;
    },
    connectionCount: () => receiver().connectionCount(),
    setHandler: (next) => receiver().setHandler(next),
    close: () => receiver().close(),
  };
}
