/**
 * Section 2: the bad-input catalogue against the TMF638 front end over real TCP. Each entry sends
 * one hostile request and records the status, whether the body is a TMF Error, and the number of
 * stored services before and after (nothing may be stored by a rejected request).
 */
import { memoryInventory } from "./inventory";
import type { LeakAudit, Profile, Report } from "./harness";
import { httpBytes, rawRequest, type RawOptions } from "./raw-http";
import { TMF638_BASE, startTmf638 } from "./tmf638-server";
import { tmfErrorProblem } from "./fuzz-rest";

const JSON_TYPE = { "content-type": "application/json" };
const VALID = { state: "active", serviceSpecification: { id: "spec-1" }, name: "vpn" };

interface Entry {
  readonly name: string;
  readonly request: Buffer;
  /** Acceptable statuses. */
  readonly expect: readonly number[];
  /** When the answer comes from node's HTTP parser (no TMF body possible), say so. */
  readonly fromNode?: boolean;
  /** A request that may legitimately store (valid but extreme input). */
  readonly mayStore?: boolean;
  readonly options?: RawOptions;
}

const post = (body: string | Buffer, headers: Record<string, string> = JSON_TYPE) =>
  httpBytes("POST", `${TMF638_BASE}/service`, headers, body);

function deepArray(depth: number): string {
  return "[".repeat(depth) + "]".repeat(depth);
}

export async function badInputCatalogue(
  report: Report,
  profile: Profile,
  audit: LeakAudit,
): Promise<void> {
  const inventory = memoryInventory();
  const store = inventory.services;
  const server = await startTmf638(inventory, { timeouts: { headersMs: 1500, requestMs: 3000 } });
  const seeded = await rawRequest(server.port, post(JSON.stringify(VALID)));
  const seedId = (JSON.parse(seeded.body) as { id: string }).id;
  const validText = JSON.stringify(VALID);
  const mib = 1024 * 1024;
  const bigString = "x".repeat(mib + 10);

  const entries: Entry[] = [
    { name: "malformed JSON (`,,`)", request: post('{"state":"active",,}'), expect: [400] },
    {
      name: "truncated JSON",
      request: post(validText.slice(0, validText.length / 2)),
      expect: [400],
    },
    { name: "empty body on create", request: post(""), expect: [400] },
    { name: "JSON `null` body", request: post("null"), expect: [400] },
    {
      name: "wrong type (state: 5)",
      request: post(JSON.stringify({ ...VALID, state: 5 })),
      expect: [400],
    },
    {
      name: 'wrong type (serviceSpecification: "x")',
      request: post(JSON.stringify({ ...VALID, serviceSpecification: "x" })),
      expect: [400],
    },
    {
      name: "missing required member (serviceSpecification)",
      request: post(JSON.stringify({ state: "active" })),
      expect: [400],
    },
    {
      name: "unknown enum value (state)",
      request: post(JSON.stringify({ ...VALID, state: "exploded" })),
      expect: [400],
    },
    {
      name: "duplicate key, last one wrong-typed",
      request: post('{"state":"active","serviceSpecification":{"id":"s"},"state":7}'),
      expect: [400],
    },
    {
      name: "oversized body (Content-Length 1 MiB + 10)",
      request: post(JSON.stringify({ ...VALID, description: bigString })),
      expect: [413],
    },
    {
      name: "oversized body, chunked (no Content-Length)",
      request: httpBytes(
        "POST",
        `${TMF638_BASE}/service`,
        { ...JSON_TYPE, "transfer-encoding": "chunked" },
        Buffer.concat([
          Buffer.from(`${(mib + 64).toString(16)}\r\n`),
          Buffer.alloc(mib + 64, 0x20),
          Buffer.from("\r\n0\r\n\r\n"),
        ]),
      ),
      expect: [413],
    },
    {
      name: "oversized headers (64 KiB header)",
      request: httpBytes("GET", `${TMF638_BASE}/service`, { "x-big": "a".repeat(64 * 1024) }),
      expect: [431],
      fromNode: true,
    },
    {
      name: "10,000 headers",
      request: httpBytes(
        "GET",
        `${TMF638_BASE}/service`,
        Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`x-h${i}`, "1"])),
      ),
      expect: [431],
      fromNode: true,
    },
    {
      name: "CR inside a header value",
      request: httpBytes("GET", `${TMF638_BASE}/service`, { "x-request-id": "a\rInjected: 1" }),
      expect: [400],
      fromNode: true,
    },
    {
      name: "LF inside a header value (response splitting attempt)",
      request: httpBytes(
        "POST",
        `${TMF638_BASE}/service`,
        { ...JSON_TYPE, "x-request-id": "a\nSet-Cookie: x=1" },
        validText,
      ),
      expect: [400],
      fromNode: true,
    },
    {
      name: "NUL in a header value",
      request: httpBytes("GET", `${TMF638_BASE}/service`, { "x-request-id": "a\u0000b" }),
      expect: [400],
      fromNode: true,
    },
    {
      name: "`..` segments in the path",
      request: httpBytes("GET", `${TMF638_BASE}/service/../../../../etc/passwd`, {}),
      expect: [404],
    },
    {
      name: "encoded `..` in a label (%2e%2e)",
      request: httpBytes("GET", `${TMF638_BASE}/service/%2e%2e`, {}),
      expect: [404],
    },
    {
      name: "encoded slash in a label (a%2Fb)",
      request: httpBytes("GET", `${TMF638_BASE}/service/a%2Fb`, {}),
      expect: [404],
    },
    {
      name: "encoded slash + `..` in a PATCH label",
      request: httpBytes(
        "PATCH",
        `${TMF638_BASE}/service/..%2F${seedId}`,
        { "content-type": "application/merge-patch+json" },
        '{"name":"hijack"}',
      ),
      expect: [404],
    },
    {
      name: "bad percent-encoding in a label (%zz)",
      request: httpBytes("GET", `${TMF638_BASE}/service/%zz`, {}),
      expect: [400, 404],
    },
    {
      name: "NUL (%00) in a label",
      request: httpBytes("DELETE", `${TMF638_BASE}/service/%00`, {}),
      expect: [404],
    },
    {
      name: "600-character id label",
      request: httpBytes("GET", `${TMF638_BASE}/service/${"a".repeat(600)}`, {}),
      expect: [404],
    },
    {
      name: "`__proto__` key in the body",
      request: post(
        `{"__proto__":{"polluted":true},"state":"active","serviceSpecification":{"id":"s","__proto__":{"polluted":true}}}`,
      ),
      expect: [201, 400],
      mayStore: true,
    },
    {
      name: "`constructor.prototype` keys in the body",
      request: post(JSON.stringify({ ...VALID, constructor: { prototype: { polluted: true } } })),
      expect: [201, 400],
      mayStore: true,
    },
    {
      name: "`__proto__` query parameter",
      request: httpBytes(
        "GET",
        `${TMF638_BASE}/service?__proto__=x&constructor=y&fields=__proto__`,
        {},
      ),
      expect: [200, 400],
    },
    {
      name: "huge array of wrong-typed items (200,000)",
      request: post(
        `{"state":"active","serviceSpecification":{"id":"s"},"note":[${Array(200_000).fill("1").join(",")}]}`,
      ),
      expect: [400],
    },
    {
      name: "huge valid array (20,000 characteristics)",
      request: post(
        JSON.stringify({
          ...VALID,
          serviceCharacteristic: Array.from({ length: 20_000 }, (_, i) => ({
            name: `c${i}`,
            value: i,
          })),
        }),
      ),
      expect: [201],
      mayStore: true,
    },
    {
      name: "deep nesting in a document member (300 levels)",
      request: post(
        `{"state":"active","serviceSpecification":{"id":"s"},"serviceCharacteristic":[{"name":"d","value":${deepArray(300)}}]}`,
      ),
      expect: [400],
    },
    {
      name: "deep nesting in a document member (100,000 levels)",
      request: post(
        `{"state":"active","serviceSpecification":{"id":"s"},"serviceCharacteristic":[{"name":"d","value":${deepArray(100_000)}}]}`,
      ),
      expect: [400],
    },
    {
      name: "deep nesting of structures (10,000 levels of serviceRelationship)",
      request: post(
        `{"state":"active","serviceSpecification":{"id":"s"},"serviceRelationship":${'[{"relationshipType":"x","service":{"supportingService":'.repeat(10_000)}[]${"}}]".repeat(10_000)}}`,
      ),
      expect: [400],
    },
    {
      name: "invalid UTF-8 in a string value",
      request: post(
        Buffer.concat([
          Buffer.from('{"state":"active","serviceSpecification":{"id":"s"},"name":"'),
          Buffer.from([0xc3, 0x28, 0xff]),
          Buffer.from('"}'),
        ]),
      ),
      expect: [400],
    },
    {
      name: "invalid UTF-8 in the path",
      request: Buffer.concat([
        Buffer.from(`GET ${TMF638_BASE}/service/`),
        Buffer.from([0xff, 0xfe]),
        Buffer.from(" HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n"),
      ]),
      expect: [400, 404],
      fromNode: true,
    },
    {
      name: "UTF-16 body (charset=utf-16 declared)",
      request: post(Buffer.from(validText, "utf16le"), {
        "content-type": "application/json; charset=utf-16",
      }),
      expect: [400, 415],
    },
    {
      name: "wrong Content-Type (text/plain)",
      request: post(validText, { "content-type": "text/plain" }),
      expect: [415],
    },
    {
      name: "Accept excludes JSON",
      request: httpBytes("GET", `${TMF638_BASE}/service`, { accept: "application/xml" }),
      expect: [406],
    },
    {
      name: "unknown method on a resource (PUT)",
      request: httpBytes("PUT", `${TMF638_BASE}/service/${seedId}`, JSON_TYPE, validText),
      expect: [405],
    },
    {
      name: "negative offset and huge limit",
      request: httpBytes("GET", `${TMF638_BASE}/service?offset=-5&limit=99999999999999999999`, {}),
      expect: [400],
    },
    {
      name: "Content-Length larger than the body sent (then close)",
      request: httpBytes(
        "POST",
        `${TMF638_BASE}/service`,
        { ...JSON_TYPE, "content-length": "500" },
        validText,
      ),
      expect: [0, 400, 408],
      fromNode: true,
      options: { timeoutMs: 5000 },
    },
    {
      name: "slow client: headers at 1 byte / 200 ms (slowloris)",
      request: httpBytes("GET", `${TMF638_BASE}/service`, { "x-padding": "p".repeat(60) }),
      expect: [408, 0],
      fromNode: true,
      options: { dripBytes: 1, dripMs: 200, timeoutMs: 8000 },
    },
    {
      name: "slow client: body at 8 bytes / 500 ms",
      request: post(JSON.stringify({ ...VALID, description: "d".repeat(200) })),
      expect: [408, 0],
      fromNode: true,
      options: { dripBytes: 8, dripMs: 500, timeoutMs: 10_000 },
    },
  ];

  const table = report.table("Bad input catalogue (TMF638 front end, node:http)", [
    "Input",
    "Expected",
    "Status",
    "TMF Error body",
    "Stored before → after",
    "ms",
    "Result",
  ]);
  const pollutionBefore = ({} as Record<string, unknown>).polluted;
  for (const entry of entries) {
    const before = (await store.list()).total;
    const response = await rawRequest(server.port, entry.request, entry.options);
    // Give a late, wrongly accepted write the chance to land before counting.
    await new Promise((resolve) => setTimeout(resolve, 20));
    const after = (await store.list()).total;
    audit.inspect(`catalogue ${entry.name}`, response.status, response.body);
    const problem =
      entry.fromNode || response.status < 400
        ? undefined
        : tmfErrorProblem(response.status, response.body);
    const statusOk = entry.expect.includes(response.status);
    const storeOk =
      after === before ||
      (entry.mayStore === true && response.status === 201 && after === before + 1);
    const ok = statusOk && storeOk && problem === undefined;
    const tmf = entry.fromNode
      ? "node parser (no body)"
      : response.status < 400
        ? "—"
        : problem
          ? `✗ ${problem}`
          : "yes";
    table.rows.push([
      entry.name,
      entry.expect.map((s) => (s === 0 ? "closed" : s)).join(" / "),
      response.status === 0 ? "closed" : response.status,
      tmf,
      `${before} → ${after}`,
      response.ms,
      ok ? "pass" : "FAIL",
    ]);
    report.check(
      `${entry.name} → ${response.status === 0 ? "closed" : response.status}`,
      ok,
      ok
        ? `stored ${before} → ${after}`
        : `expected ${entry.expect.join("/")}, stored ${before} → ${after}${problem ? `, ${problem}` : ""} ${response.body.slice(0, 160)}`,
    );
  }
  const polluted =
    ({} as Record<string, unknown>).polluted !== pollutionBefore ||
    Object.prototype.hasOwnProperty.call(Object.prototype, "polluted");
  report.check("Object.prototype is not polluted after the catalogue", !polluted);
  const stored = (await store.list()).items;
  report.check(
    "no stored service carries a `polluted` member",
    !stored.some(
      (d) =>
        JSON.stringify(d.value).includes("polluted") &&
        (d.value as Record<string, unknown>).polluted !== undefined,
    ),
  );
  report.check(
    "the handler saw no internal error",
    server.internalErrors.length === 0,
    server.internalErrors
      .map((e) => (e as Error).message)
      .join("; ")
      .slice(0, 300),
  );
  report.figure("catalogue entries", entries.length);
  await server.close();
}
