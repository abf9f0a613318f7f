// npm run worker: a runner process apart from the web server. Start as many as you like;
// they share the database queue. SIGTERM or SIGINT stops it gracefully.
import "./check-config";
import { startRunner } from "../lib/workflows/start-runner";

const worker = startRunner();
console.log(`[hookflow worker] ${worker.id} started`);
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  console.log(`[hookflow worker] ${worker.id} stopping…`);
  await worker.stop();
  process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
