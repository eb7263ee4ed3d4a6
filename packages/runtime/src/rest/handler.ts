/**
 * `createRestHandler`: one implementation object served over HTTP, framework-neutral. It takes
 * an `HttpRequest` (the `@smithy/types` shape) and resolves to an `HttpResponse`; it never
 * rejects. Adapters for node:http and fastify live in node.ts and fastify.ts.
 */
import type { HttpRequest, HttpResponse } from "@smithy/types";
import type { CallContext } from "../contract";
import { NativeCallError, NativeCode, ValidationError } from "../errors";
import { compileValidator, type FastValidator } from "./compiled-body";
import { RestErrorCode, RestHttpError } from "./http-errors";
import { membersOf, readDefault, shapeOf } from "./json-codec";
import { bodyKind, checkAccept, responseMediaType } from "./media-type";
import { Router } from "./router";
import type { RestMember, RestOperation, RestServiceSchema } from "./schema";
import { decodeInput, type DecodedRequest } from "./server-request";
import { encodeError, encodeOutput, type ErrorEncoding, type OutputShaping } from "./server-response";
import { hasTmfResources, parseFields } from "./tmf";
import { validateStructure } from "./validate";

export interface RestHandler {
  (request: HttpRequest): Promise<HttpResponse>;
  /** The response for a failure raised outside the handler (e.g. a framework's 413), same format. */
  readonly errorResponse: (error: unknown) => HttpResponse;
}

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

export interface RestHandlerOptions {
  /** Largest accepted request body in bytes (default 1 MiB); larger answers 413. */
  maxBodyBytes?: number;
  /** Body of errors the adapter raises itself; defaults to the model's `@oda#restApi` errorFormat. */
  errorFormat?: ErrorEncoding["format"];
  /** `referenceError` of TMF Error bodies, per status. */
  referenceError?: (status: number) => string | undefined;
  /** Sees every unmodeled failure of the implementation (the client only gets a generic 500). */
  onInternalError?: (error: unknown) => void;
  /** Base URL (`https://api.example.com`) for `href` when the request carries no Host. */
  baseUrl?: string;
}

type Method = (input: unknown, context: CallContext) => Promise<unknown>;

/**
 * Set to `true` on an `HttpRequest` by adapters whose header names are already lower-case and
 * whose values are strings (node:http): the handler then reads them without copying.
 */
export const LOWER_CASE_HEADERS: unique symbol = Symbol("oda.rest.lowerCaseHeaders");

type AdaptedRequest = HttpRequest & { [LOWER_CASE_HEADERS]?: boolean };

/** What the handler needs per operation beyond the descriptor, computed once at creation. */
interface OperationPlan {
  readonly responseType: string | undefined;
  /** Compiled validator of the input (`true`: certainly valid), when the input allows one. */
  readonly validator: FastValidator | undefined;
  /** Top-level input members with a `@default` (nested ones are filled while reading). */
  readonly defaults: ReadonlyArray<{ readonly name: string; readonly member: RestMember; readonly plain: boolean }>;
}

function planOperation(schema: RestServiceSchema, op: RestOperation): OperationPlan {
  const defaults = op.input
    ? membersOf(shapeOf(schema, op.input)).flatMap(([name, member]) => {
        if (member.default === undefined) return [];
        const type = shapeOf(schema, member.target).type;
        return [{ name, member, plain: type === "string" || type === "enum" || type === "boolean" }];
      })
    : [];
  return {
    responseType: responseMediaType(bodyKind(schema, op.output, op.outputBindings)),
    validator: op.input ? compileValidator(schema, shapeOf(schema, op.input)) : undefined,
    defaults,
  };
}

export function createRestHandler(schema: RestServiceSchema, impl: object, options: RestHandlerOptions = {}): RestHandler {
  const router = new Router(schema.operations);
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const encoding: ErrorEncoding = {
    format: options.errorFormat ?? (schema.errorFormat === undefined ? "restJson1" : schema.errorFormat),
    referenceError: options.referenceError ?? defaultReferenceError,
    onInternalError: options.onInternalError,
  };
  const fillHref = hasTmfResources(schema);
  const plans = new Map<RestOperation, OperationPlan>(schema.operations.map((op) => [op, planOperation(schema, op)]));

  const handle = async (request: AdaptedRequest): Promise<HttpResponse> => {
    try {
      const routed = router.route(request.method, request.path, request.query ?? {});
      if (routed.kind === "notFound") {
        throw new RestHttpError(RestErrorCode.NOT_FOUND, `No operation at ${request.method} ${request.path}`);
      }
      if (routed.kind === "methodNotAllowed") {
        throw new RestHttpError(RestErrorCode.METHOD_NOT_ALLOWED, `${request.method} is not allowed on ${request.path}`, {
          headers: { allow: routed.allow.join(", ") },
        });
      }
      const op = routed.operation;
      const plan = plans.get(op) ?? planOperation(schema, op);
      const decoded: DecodedRequest = {
        headers: request[LOWER_CASE_HEADERS] === true ? (request.headers as Record<string, string>) : lowerCaseHeaders(request.headers),
        query: request.query ?? {},
        body: bodyBytes(request.body),
      };
      if (decoded.body && decoded.body.byteLength > maxBody) {
        throw new RestHttpError(RestErrorCode.PAYLOAD_TOO_LARGE, `The body exceeds ${maxBody} bytes`);
      }
      checkAccept(decoded.headers["accept"], plan.responseType);
      const input = decodeInput(schema, op, decoded, routed.labels);
      if (op.input) {
        fillDefaults(schema, plan, input);
        if (!plan.validator?.(input)) {
          const failures = validateStructure(schema, op.input, input);
          if (failures.length > 0) throw new ValidationError(failures);
        }
      }
      const method = (impl as Record<string, unknown>)[op.method];
      if (typeof method !== "function") {
        throw new NativeCallError(NativeCode.UNKNOWN_OPERATION, `unimplemented: ${schema.name}.${op.name}`);
      }
      const output = await (method as Method).call(impl, input, callContext(decoded.headers));
      const shaping = outputShaping(op, input, decoded, request, fillHref, options.baseUrl);
      return withLength(encodeOutput(schema, op, (output ?? {}) as Record<string, unknown>, shaping));
    } catch (error) {
      return withLength(encodeError(schema, error, encoding));
    }
  };
  return Object.assign(handle, { errorResponse: (error: unknown) => withLength(encodeError(schema, error, encoding)) });
}

function withLength(response: HttpResponse): HttpResponse {
  const body = response.body as string | Uint8Array | undefined;
  const length = body === undefined ? 0 : typeof body === "string" ? Buffer.byteLength(body) : body.byteLength;
  response.headers["content-length"] = String(length);
  return response;
}

function defaultReferenceError(status: number): string {
  return `https://www.rfc-editor.org/rfc/rfc9110#status.${status}`;
}

function lowerCaseHeaders(headers: HttpRequest["headers"]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name in headers) {
    const value = headers[name];
    if (value !== undefined) out[name.toLowerCase()] = String(value);
  }
  return out;
}

function bodyBytes(body: unknown): Uint8Array | undefined {
  if (body === undefined || body === null) return undefined;
  if (body instanceof Uint8Array) return body;
  if (typeof body === "string") return Buffer.from(body, "utf8");
  throw new RestHttpError(RestErrorCode.SERIALIZATION, "The request body must be bytes or a string");
}

function callContext(headers: Record<string, string>): CallContext {
  const context: CallContext = {};
  if (headers["x-request-id"]) context.requestId = headers["x-request-id"];
  if (headers["traceparent"]) context.traceparent = headers["traceparent"];
  return context;
}

/** Fills `@default` values of absent top-level members (nested ones are filled while reading). */
function fillDefaults(schema: RestServiceSchema, plan: OperationPlan, value: Record<string, unknown>): void {
  for (const { name, member, plain } of plan.defaults) {
    if (value[name] !== undefined) continue;
    // Aggregates and timestamps are read afresh: the implementation may mutate its input.
    value[name] = plain ? member.default : readDefault(schema, member, `/${name}`);
  }
}

/** Scheme and host the client used, honouring proxies (`Forwarded`, `X-Forwarded-*`). */
export function requestBaseUrl(request: HttpRequest, headers: Record<string, string>, fallback?: string): string {
  const forwarded = headers["forwarded"];
  const fProto = forwarded ? /proto=([^;,\s]+)/i.exec(forwarded)?.[1] : undefined;
  const fHost = forwarded ? /host=([^;,\s]+)/i.exec(forwarded)?.[1] : undefined;
  const proto = fProto ?? headers["x-forwarded-proto"]?.split(",")[0]?.trim() ?? (request.protocol || "http:").replace(/:$/, "");
  const host = fHost ?? headers["x-forwarded-host"] ?? headers["host"];
  if (host) return `${proto}://${host.replace(/^"|"$/g, "")}`;
  if (request.hostname) return `${proto}://${request.hostname}${request.port ? `:${request.port}` : ""}`;
  return fallback ?? "";
}

function outputShaping(
  op: RestOperation,
  input: Record<string, unknown>,
  decoded: DecodedRequest,
  request: HttpRequest,
  fillHref: boolean,
  baseUrl: string | undefined,
): OutputShaping {
  const shaping: OutputShaping = {};
  if (fillHref) shaping.hrefBase = baseUrl ?? requestBaseUrl(request, decoded.headers);
  if (!op.tmf) return shaping;
  const byQuery = (name: string) => {
    const b = op.inputBindings.find((x) => x.kind === "query" && x.name === name);
    return b ? input[b.member] : undefined;
  };
  if (op.tmf.fields || op.tmf.list) {
    const fields = byQuery("fields");
    shaping.fields = parseFields(typeof fields === "string" ? fields : undefined);
  }
  if (op.tmf.list) {
    const filtersBinding = op.inputBindings.find((b) => b.kind === "queryParams");
    const filters = (filtersBinding ? input[filtersBinding.member] : undefined) as Record<string, string> | undefined;
    const offset = byQuery("offset");
    const limit = byQuery("limit");
    shaping.list = {
      filters: filters ?? {},
      offset: typeof offset === "number" ? offset : undefined,
      limit: typeof limit === "number" ? limit : undefined,
    };
  }
  return shaping;
}
