/**
 * Section 1c: the generated TMF638 REST handler under requests generated from the model. Valid
 * creates must answer 201 and be stored; each broken one (a required member dropped, a wrong type,
 * an unknown enum value) must answer 400 with a TMF Error body and store nothing; arbitrary
 * methods, paths, headers and bodies must never answer 5xx. Each request runs under a watchdog.
 */
import fc from "fast-check";
import type { HttpRequest, HttpResponse } from "@smithy/types";
import { createRestHandler } from "@oda-codegen/runtime/src/rest";
import { ServiceInventoryRest } from "../../generated/service-inventory";
import type { LeakAudit, Profile, Report } from "./harness";
import { watchdog } from "./harness";
import { memoryInventory } from "./inventory";
import { brokenStructure, validJson, type Breakage } from "./model-arbitraries";

const BASE = "/tmf-api/serviceInventory/v4";
const schema = ServiceInventoryRest;

function request(
  method: string,
  path: string,
  body?: string | Uint8Array,
  headers: Record<string, string> = {},
  query: Record<string, string> = {},
): HttpRequest {
  return {
    method,
    protocol: "http:",
    hostname: "localhost",
    path,
    query,
    headers: {
      host: "localhost",
      ...(body !== undefined ? { "content-type": "application/json" } : {}),
      ...headers,
    },
    body,
  } as HttpRequest;
}

function text(response: HttpResponse): string {
  const body = response.body as string | Uint8Array | undefined;
  return body === undefined
    ? ""
    : typeof body === "string"
      ? body
      : Buffer.from(body).toString("utf8");
}

/** A 4xx must carry a TMF Error body: JSON with code and reason. Returns what is wrong, if anything. */
export function tmfErrorProblem(status: number, body: string): string | undefined {
  if (status < 400) return undefined;
  try {
    const json = JSON.parse(body) as Record<string, unknown>;
    if (typeof json.code !== "string" || typeof json.reason !== "string")
      return `no TMF code/reason in ${body.slice(0, 120)}`;
    return undefined;
  } catch {
    return `not JSON: ${body.slice(0, 120)}`;
  }
}

export async function fuzzRest(
  report: Report,
  profile: Profile,
  audit: LeakAudit,
): Promise<number> {
  const inventory = memoryInventory();
  const store = inventory.services;
  const internals: unknown[] = [];
  const handler = createRestHandler(schema, inventory.component, {
    onInternalError: (e) => internals.push(e),
  });
  const serve = async (req: HttpRequest, what: string) => {
    const response = await watchdog(handler(req), 2000, what);
    const body = text(response);
    audit.inspect(`rest fuzz ${what}`, response.statusCode, body);
    return { status: response.statusCode, body };
  };
  const count = async () => (await store.list()).total;
  const runs = Math.max(50, Math.round(300 * profile.scale));
  let tried = 0;

  const createInput = schema.operations.find((o) => o.name === "CreateService")!;
  const payloadTarget = schema.shapes[createInput.input!]!.members!.service!.target;

  await report.attempt(
    "valid creates generated from the model answer 201 and are stored",
    async () => {
      const arbitrary = validJson(schema, { target: payloadTarget });
      let created = 0;
      await fc.assert(
        fc.asyncProperty(arbitrary, async (service) => {
          tried++;
          const before = await count();
          const { status, body } = await serve(
            request("POST", `${BASE}/service`, JSON.stringify(service)),
            "create",
          );
          if (status !== 201)
            throw new Error(
              `status ${status}: ${body.slice(0, 300)} for ${JSON.stringify(service).slice(0, 300)}`,
            );
          if ((await count()) !== before + 1) throw new Error("201 without a stored document");
          created++;
        }),
        { numRuns: runs },
      );
      return `${created} created`;
    },
  );

  for (const breakage of ["missing-required", "wrong-type", "bad-enum"] as Breakage[]) {
    const arbitrary = brokenStructure(schema, payloadTarget, breakage);
    if (!arbitrary) continue;
    await report.attempt(
      `create with ${breakage} answers 400 TMF Error and stores nothing`,
      async () => {
        await fc.assert(
          fc.asyncProperty(arbitrary, async ({ value, member }) => {
            tried++;
            const before = await count();
            const { status, body } = await serve(
              request("POST", `${BASE}/service`, JSON.stringify(value)),
              `create ${breakage}`,
            );
            if (status !== 400)
              throw new Error(`${breakage} of ${member}: status ${status} ${body.slice(0, 200)}`);
            const problem = tmfErrorProblem(status, body);
            if (problem) throw new Error(problem);
            if ((await count()) !== before)
              throw new Error(`${breakage} of ${member}: something was stored`);
          }),
          { numRuns: runs },
        );
        return `${runs} inputs`;
      },
    );
  }

  // One stored service to patch and read.
  const seed = await serve(
    request(
      "POST",
      `${BASE}/service`,
      JSON.stringify({ state: "active", serviceSpecification: { id: "s" } }),
    ),
    "seed",
  );
  const seedId = (JSON.parse(seed.body) as { id: string }).id;

  await report.attempt(
    "a broken patch answers 4xx and leaves the stored service unchanged",
    async () => {
      const arbitrary = brokenStructure(
        schema,
        schema.shapes[schema.operations.find((o) => o.name === "PatchService")!.input!]!.members!
          .service!.target,
        "wrong-type",
      );
      if (!arbitrary) return "no typed members";
      await fc.assert(
        fc.asyncProperty(arbitrary, async ({ value, member }) => {
          tried++;
          const before = JSON.stringify((await store.get(seedId))?.value);
          const { status, body } = await serve(
            request(
              "PATCH",
              `${BASE}/service/${encodeURIComponent(seedId)}`,
              JSON.stringify(value),
              { "content-type": "application/merge-patch+json" },
            ),
            "patch",
          );
          if (status < 400 || status >= 500)
            throw new Error(`patch ${member}: status ${status} ${body.slice(0, 200)}`);
          if (JSON.stringify((await store.get(seedId))?.value) !== before)
            throw new Error("the stored service changed");
        }),
        { numRuns: runs },
      );
      return `${runs} inputs`;
    },
  );

  const methods = fc.constantFrom(
    "GET",
    "POST",
    "PATCH",
    "DELETE",
    "PUT",
    "HEAD",
    "OPTIONS",
    "TRACE",
    "get",
    "FOO",
  );
  const segment = fc.oneof(
    fc.constantFrom(
      "service",
      "hub",
      "tmf-api",
      "serviceInventory",
      "v4",
      "..",
      ".",
      "%2F",
      "%2e%2e",
      "%00",
      "%",
      "%zz",
      "__proto__",
      "constructor",
      "",
    ),
    fc.string({ maxLength: 12 }),
    fc.string({ unit: "binary", maxLength: 8 }),
  );
  const path = fc.oneof(
    fc.array(segment, { maxLength: 7 }).map((parts) => `/${parts.join("/")}`),
    fc
      .tuple(
        fc.constantFrom(`${BASE}/service/`, `${BASE}/hub/`, `${BASE}/service`),
        fc.array(segment, { maxLength: 3 }),
      )
      .map(([p, parts]) => p + parts.join("/")),
  );
  const bodies = fc.oneof(
    fc.constant(undefined),
    fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
    fc.string({ maxLength: 64 }),
    fc.uint8Array({ maxLength: 64 }),
    validJson(schema, { target: payloadTarget }).map((v) =>
      JSON.stringify(v).slice(0, Math.floor(JSON.stringify(v).length / 2)),
    ),
  );
  const headerName = fc.constantFrom(
    "content-type",
    "accept",
    "x-request-id",
    "traceparent",
    "content-length",
    "host",
    "x-forwarded-host",
    "forwarded",
  );
  const headerValue = fc.oneof(
    fc.constantFrom(
      "application/json",
      "application/merge-patch+json",
      "text/plain",
      "*/*",
      "application/json; charset=utf-16",
      "application/xml",
      "",
      ";;;",
      "application/json;q=0",
    ),
    fc.string({ maxLength: 40 }),
  );
  const query = fc.dictionary(
    fc.constantFrom(
      "fields",
      "offset",
      "limit",
      "state",
      "name",
      "id",
      "__proto__",
      "constructor",
      "x",
    ),
    fc.string({ maxLength: 12 }),
    { maxKeys: 4 },
  );

  await report.attempt(
    "arbitrary methods, paths, headers, query and bodies never answer 5xx",
    async () => {
      await fc.assert(
        fc.asyncProperty(
          methods,
          path,
          bodies,
          fc.dictionary(headerName, headerValue, { maxKeys: 4 }),
          query,
          async (method, p, body, headers, q) => {
            tried++;
            const { status, body: answer } = await serve(
              request(method, p, body, headers, q),
              `${method} ${p}`,
            );
            if (status >= 500)
              throw new Error(`${method} ${p} → ${status} ${answer.slice(0, 200)}`);
            const problem = tmfErrorProblem(status, answer);
            if (problem) throw new Error(`${method} ${p} → ${status}: ${problem}`);
          },
        ),
        { numRuns: runs * 4 },
      );
      return `${runs * 4} requests`;
    },
  );

  await report.attempt(
    "valid reads, lists and deletes of generated ids never answer 5xx",
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom("GET", "DELETE", "PATCH"),
          fc.oneof(fc.constant(seedId), fc.string({ maxLength: 10 })),
          query,
          async (method, id, q) => {
            tried++;
            const body = method === "PATCH" ? JSON.stringify({ name: "x" }) : undefined;
            const target =
              method === "GET" && id === ""
                ? `${BASE}/service`
                : `${BASE}/service/${encodeURIComponent(id)}`;
            const { status, body: answer } = await serve(
              request(method, target, body, {}, q),
              `${method} ${target}`,
            );
            if (status >= 500)
              throw new Error(`${method} ${target} → ${status} ${answer.slice(0, 200)}`);
            const problem = tmfErrorProblem(status, answer);
            if (problem) throw new Error(problem);
          },
        ),
        { numRuns: runs },
      );
      return `${runs} requests`;
    },
  );
  report.check(
    "the component saw no internal error",
    internals.length === 0,
    internals
      .map((e) => (e as Error).message)
      .join("; ")
      .slice(0, 300),
  );
  report.figure("REST handler fuzz inputs", tried);
  return tried;
}
