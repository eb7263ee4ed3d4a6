/**
 * Section 1d: the native protocol's server and client decoders — the very functions NATS and the
 * encoded in-process transport run (readRequestHeaders, dispatch with codec.decode + fromJson,
 * encodeReply; decodeReply on the client) — fed random, truncated and type-confused msgpack and
 * JSON frames and hostile headers. Invariants: never a throw; a client's bad frame is a validation
 * error or a typed native code, never INTERNAL; reply headers never carry a line break.
 */
import fc from "fast-check";
import { Packr } from "msgpackr";
import {
  buildHandlers,
  createDispatcher,
  jsonCodec,
  msgpackCodec,
  ModeledError,
  NativeCallError,
  ValidationError,
} from "@oda-codegen/runtime";
import {
  decodeReply,
  encodeReply,
  readRequestHeaders,
  WireHeader,
} from "@oda-codegen/runtime/src/transport/envelope";
import { internalFailure } from "@oda-codegen/runtime/src/dispatch";
import { ServiceInventoryDescriptor } from "../../generated/service-inventory";
import type { LeakAudit, Profile, Report } from "./harness";
import { memoryInventory } from "./inventory";
import type { Progress } from "./fuzz-smithy";

const service = ServiceInventoryDescriptor;
const packr = new Packr({ useRecords: false, moreTypes: true });
const msgpackEncode = (value: unknown): Uint8Array => packr.pack(value);

export async function fuzzNative(
  report: Report,
  profile: Profile,
  progress: Progress,
  audit: LeakAudit,
): Promise<number> {
  const handlers = buildHandlers(service, memoryInventory().component);
  const dispatch = createDispatcher(service, handlers, {
    onError: (error) => internals.push(error),
  });
  const opNames = service.operations.map((o) => o.name);
  const internals: unknown[] = [];
  let tried = 0;
  const codes: Record<string, number> = {};

  /** What nats-serve.ts `answer` does with one message. */
  const serve = async (
    operationName: string,
    headers: Record<string, string>,
    body: Uint8Array,
  ) => {
    const get = (name: string) => headers[name];
    const { context, codec: requestCodec } = readRequestHeaders(get);
    const codec = requestCodec ?? msgpackCodec;
    const outcome = await dispatch(
      operationName,
      (operation) => {
        if (!requestCodec) throw new TypeError("unsupported Content-Type");
        return operation.input.fromJson(codec.decode(body));
      },
      { ...context, signal: AbortSignal.timeout(2000) },
    );
    const reply = encodeReply(outcome, codec, (error) =>
      outcome.operation
        ? internalFailure(service, {}, error, outcome.operation)
        : {
            ok: false,
            error: { kind: "native", code: "INTERNAL" as never, message: "internal error" },
          },
    );
    return { outcome, reply };
  };

  const contentType = fc.oneof(
    fc.constantFrom(
      "application/msgpack",
      "application/json",
      "application/x-msgpack",
      "application/cloudevents+json",
      "",
      "text/plain",
      "application/json; charset=latin1",
    ),
    fc.string({ maxLength: 20 }),
  );
  const headerValue = fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.constantFrom("0", "-1", "1e400", "NaN", String(Date.now() + 60000), "a\r\nInjected: 1"),
  );
  const headers = fc.record(
    {
      [WireHeader.CONTENT_TYPE]: contentType,
      [WireHeader.DEADLINE]: headerValue,
      [WireHeader.REQUEST_ID]: headerValue,
      [WireHeader.TRACEPARENT]: headerValue,
      [WireHeader.CALLER]: headerValue,
    },
    { requiredKeys: [] },
  );
  const anyValue = fc.anything({
    maxDepth: 4,
    withBigInt: false,
    withDate: true,
    withTypedArray: true,
    withNullPrototype: true,
    withMap: false,
    withSet: false,
  });
  const bodies = fc.oneof(
    fc.uint8Array({ maxLength: 96 }),
    anyValue.map((v) => {
      try {
        return msgpackEncode(v);
      } catch {
        return new Uint8Array();
      }
    }),
    fc.jsonValue({ maxDepth: 4 }).map((v) => Buffer.from(JSON.stringify(v))),
    fc
      .record(
        {
          service: fc.jsonValue({ maxDepth: 3 }),
          id: fc.jsonValue({ maxDepth: 1 }),
          __proto__: fc.jsonValue({ maxDepth: 1 }),
        },
        { requiredKeys: [] },
      )
      .chain((v) => fc.constantFrom(msgpackEncode(v), Buffer.from(JSON.stringify(v)))),
    fc.tuple(fc.jsonValue({ maxDepth: 3 }), fc.nat()).map(([v, n]) => {
      const b = msgpackEncode({ service: v });
      return b.slice(0, n % (b.length + 1));
    }),
    fc
      .nat({ max: 40 })
      .map((n) => msgpackEncode(JSON.parse("[".repeat(n + 1) + "]".repeat(n + 1)))),
  );
  const runs = Math.max(300, Math.round(profile.full ? 20000 : 1500));

  await report.attempt(
    "server decoder: random frames and headers never throw, never INTERNAL",
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(fc.constantFrom(...opNames), fc.string({ maxLength: 12 })),
          headers,
          bodies,
          async (op, h, body) => {
            progress(`native ${op} ${body.length} bytes`);
            tried++;
            const { outcome, reply } = await serve(op, h as Record<string, string>, body);
            const code = outcome.ok
              ? "ok"
              : outcome.error.kind === "native"
                ? outcome.error.code
                : outcome.error.kind;
            codes[code] = (codes[code] ?? 0) + 1;
            if (code === "INTERNAL")
              throw new Error(
                `INTERNAL for ${op} ${Buffer.from(body).toString("hex").slice(0, 80)}`,
              );
            for (const [name, value] of Object.entries(reply.headers)) {
              if (/[\r\n]/.test(value)) throw new Error(`line break in reply header ${name}`);
            }
            if (!outcome.ok)
              audit.inspect(
                "native reply",
                400,
                `${reply.headers[WireHeader.SERVICE_ERROR] ?? ""} ${Buffer.from(reply.body).toString("latin1")}`,
              );
          },
        ),
        { numRuns: runs },
      );
      return Object.entries(codes)
        .map(([k, v]) => `${k} ${v}`)
        .join(", ");
    },
  );

  await report.attempt("client decoder: random replies throw only typed errors", async () => {
    const errorHeaders = fc.record(
      {
        [WireHeader.CONTENT_TYPE]: contentType,
        [WireHeader.SERVICE_ERROR_CODE]: fc.oneof(
          fc.constantFrom("400", "404", "500", "503", "abc", ""),
          fc.string({ maxLength: 5 }),
        ),
        [WireHeader.ERROR_TYPE]: fc.oneof(
          fc.constantFrom(
            "oda.tmf#NotFound",
            "smithy.framework#ValidationException",
            "x#Y",
            "__proto__",
          ),
          fc.string({ maxLength: 10 }),
        ),
        [WireHeader.ERROR_CODE]: fc.oneof(
          fc.constantFrom("UNAVAILABLE", "TIMEOUT", "toString", "constructor"),
          fc.string({ maxLength: 10 }),
        ),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.property(
        fc.constantFrom(...service.operations),
        errorHeaders,
        bodies,
        (operation, h, body) => {
          progress(`native reply ${operation.name} ${body.length} bytes`);
          tried++;
          const get = (name: string) => (h as Record<string, string>)[name];
          try {
            decodeReply(operation, get, body, msgpackCodec);
          } catch (error) {
            if (!(
              error instanceof NativeCallError ||
              error instanceof ValidationError ||
              error instanceof ModeledError
            )) {
              throw new Error(`untyped ${(error as Error)?.name}: ${(error as Error)?.message}`);
            }
          }
        },
      ),
      { numRuns: runs },
    );
    return `${runs} replies`;
  });

  await report.attempt("JSON frames decode with the same guarantees as msgpack", async () => {
    const { outcome } = await serve(
      "CreateService",
      { [WireHeader.CONTENT_TYPE]: jsonCodec.contentType },
      Buffer.from('{"service":{"state":"active","serviceSpecification":{"id":"s"}}}'),
    );
    if (!outcome.ok) throw new Error(`a valid JSON frame failed: ${JSON.stringify(outcome.error)}`);
    const bad = await serve(
      "CreateService",
      { [WireHeader.CONTENT_TYPE]: jsonCodec.contentType },
      Buffer.from('{"service":{"state":"active",'),
    );
    if (bad.outcome.ok || bad.outcome.error.kind !== "validation")
      throw new Error("a truncated JSON frame was not a validation error");
    return "valid accepted, truncated rejected as validation";
  });
  await report.attempt(
    "deeply nested msgpack frames are a validation error or accepted, never INTERNAL",
    async () => {
      const template = Buffer.from(
        msgpackEncode({
          service: {
            state: "active",
            serviceSpecification: { id: "s" },
            serviceCharacteristic: [{ name: "d", value: "__DEEP__" }],
          },
        }),
      );
      const marker = Buffer.from([0xa8, ...Buffer.from("__DEEP__")]);
      const at = template.indexOf(marker);
      const seen: string[] = [];
      for (const depth of [256, 1000, 2000, 3000, 4000, 6000, 20_000, 100_000]) {
        progress(`native depth ${depth}`);
        tried++;
        // 0x91: a one-element array, `depth` times, around the integer 1.
        const frame = Buffer.concat([
          template.subarray(0, at),
          Buffer.alloc(depth, 0x91),
          Buffer.from([1]),
          template.subarray(at + marker.length),
        ]);
        const { outcome } = await serve(
          "CreateService",
          { [WireHeader.CONTENT_TYPE]: msgpackCodec.contentType },
          frame,
        );
        const code = outcome.ok
          ? "ok"
          : outcome.error.kind === "native"
            ? outcome.error.code
            : outcome.error.kind;
        if (code === "INTERNAL") throw new Error(`depth ${depth}: INTERNAL`);
        seen.push(`${depth}: ${code}`);
      }
      return seen.join(", ");
    },
  );
  report.figure("native decoder inputs", tried);
  report.figure(
    "native outcomes",
    Object.entries(codes)
      .map(([k, v]) => `${k} ${v}`)
      .join(", "),
  );
  return tried;
}
