/**
 * Section 6: capabilities. (a) REST credentials from the host manifest: the real host serves
 * the Service Inventory with `rest.auth` (a key from the environment, `${ENV}`); without it or
 * with a wrong one every request answers 401 with a TMF Error and a challenge, before routing,
 * and stores nothing. Same for bearer tokens. (b) The NATS permission proof (generated
 * nats-server configuration against a real nats-server): the existing jest suites, reused.
 */
import { randomBytes } from "node:crypto";
import { parseManifest, startHost } from "@oda-codegen/components/src/host";
import { tmfComponentModules } from "@oda-codegen/components/src/tmf";
import { freePort } from "../support/services";
import type { LeakAudit, Profile, Report } from "./harness";
import { runJest } from "./jest-reuse";
import { TMF638_BASE } from "./tmf638-server";
import { tmfErrorProblem } from "./fuzz-rest";

async function restAuth(
  report: Report,
  audit: LeakAudit,
  kind: "apiKeys" | "bearerTokens",
): Promise<void> {
  const secret = randomBytes(18).toString("base64url");
  const port = await freePort();
  const parsed = parseManifest(
    `components:
  - name: service-inventory
    contract: oda.tmf638#ServiceInventory
    implementation: service-inventory
    frontEnds: rest
    rest:
      port: ${port}
      basePath: ${TMF638_BASE}
      auth: { ${kind}: ["\${REL_SECRET}"] }
`,
    { env: { REL_SECRET: secret } },
  );
  if (!parsed.manifest) throw new Error(JSON.stringify(parsed.issues));
  const host = await startHost(parsed.manifest, tmfComponentModules, { log: () => undefined });
  const url = `http://127.0.0.1:${port}${TMF638_BASE}`;
  const good: Record<string, string> =
    kind === "apiKeys" ? { "x-api-key": secret } : { authorization: `Bearer ${secret}` };
  const wrong: Record<string, string> =
    kind === "apiKeys"
      ? { "x-api-key": `${secret}x` }
      : { authorization: `Bearer ${secret.slice(1)}` };
  const body = JSON.stringify({ state: "active", serviceSpecification: { id: "s" } });
  const json = { "content-type": "application/json" };
  try {
    const attempts: Array<[string, RequestInit & { path: string }]> = [
      ["no credential, list", { path: "/service" }],
      ["wrong credential, list", { path: "/service", headers: wrong }],
      ["no credential, create", { path: "/service", method: "POST", headers: json, body }],
      [
        "wrong credential, create",
        { path: "/service", method: "POST", headers: { ...json, ...wrong }, body },
      ],
      ["no credential, unknown path", { path: "/nothing-here" }],
      [
        "credential in the query string",
        { path: `/service?api_key=${secret}&access_token=${secret}` },
      ],
    ];
    const failures: string[] = [];
    for (const [name, init] of attempts) {
      const res = await fetch(url + init.path, init);
      const text = await res.text();
      audit.inspect(`auth ${name}`, res.status, text);
      const problem = tmfErrorProblem(res.status, text);
      if (res.status !== 401 || problem || !res.headers.get("www-authenticate"))
        failures.push(`${name}: ${res.status} ${problem ?? ""}`);
    }
    const created = await fetch(`${url}/service`, {
      method: "POST",
      headers: { ...json, ...good },
      body,
    });
    const list = await fetch(`${url}/service`, { headers: good });
    const services = (await list.json()) as unknown[];
    report.check(
      `REST ${kind} from the manifest (\${ENV}): missing or wrong credentials answer 401 TMF Error with a challenge`,
      failures.length === 0,
      failures.join("; ") || `${attempts.length} refused`,
    );
    report.check(
      `REST ${kind}: the right credential is served, and refused creates stored nothing`,
      created.status === 201 && list.status === 200 && services.length === 1,
      `create ${created.status}, list ${list.status} with ${services.length} service(s)`,
    );
  } finally {
    await host.close();
  }
}

export async function capabilities(
  report: Report,
  _profile: Profile,
  audit: LeakAudit,
): Promise<void> {
  await restAuth(report, audit, "apiKeys");
  await restAuth(report, audit, "bearerTokens");
  await runJest(report, [
    "packages/components/test/host/nats-permissions.test.ts",
    "packages/runtime/test/nats-permissions.test.ts",
    "packages/runtime/test/rest/auth.test.ts",
    "packages/components/test/host/rest-auth.test.ts",
  ]);
}
