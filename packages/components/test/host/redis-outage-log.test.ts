/**
 * A host whose Redis is unreachable logs one line for the outage, not ioredis' "Unhandled error
 * event" per reconnect attempt, and its calls fail instead of hanging.
 */
import { startHost, parseManifest } from "../../src/host";
import { freePort } from "../../../../test/support/services";
import { ABMF } from "./fixtures";
import { registry } from "./host-fixtures";

it("reports a Redis outage once and keeps the process alive", async () => {
  const deadPort = await freePort(); // nothing listens there
  const parsed = parseManifest(
    `redis: { url: "redis://127.0.0.1:${deadPort}" }\ncomponents:\n  - name: abmf\n    contract: ${ABMF}\n    implementation: ccs-abmf\n    store: redis\n`,
    { env: {} },
  );
  expect(parsed.manifest).toBeDefined();
  const lines: string[] = [];
  const printed: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => printed.push(args.map(String).join(" "));
  try {
    const host = await startHost(parsed.manifest!, registry, {
      log: (l) => lines.push(l),
      listenHost: "127.0.0.1",
    });
    await new Promise((resolve) => setTimeout(resolve, 1500)); // several reconnect attempts
    await host.close();
  } finally {
    console.error = original;
  }
  expect(lines.filter((l) => l.startsWith("redis:"))).toHaveLength(1);
  expect(lines.find((l) => l.startsWith("redis:"))).toMatch(/ECONNREFUSED|connect/);
  expect(printed.join("\n")).not.toContain("Unhandled error event");
});
