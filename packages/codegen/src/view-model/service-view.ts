/**
 * View models of `service.ts` (the interface back ends and clients implement), `errors.ts` (one
 * class per modeled error) and `native.ts` (the descriptor, client factory and serve function).
 */
import { UNIT, type OperationShape } from "@oda-codegen/smithy";
import { CodegenError } from "../codegen-error";
import { codecName, sortSpecifiers } from "../emit/codecs-view";
import { docComment, literal, lowerCamelCase } from "../names";
import { UNIT_TS_TYPE, membersTypeName, type GenContext } from "./context";
import { structureMembers, type MemberView } from "./types-view";
import { TRAIT, deprecationMessage, documentationOf, isDeprecated, isRequired } from "./traits";

export interface MethodView {
  readonly name: string;
  readonly operation: string;
  readonly shapeId: string;
  readonly input: string;
  readonly output: string;
  readonly inputCodec: string;
  readonly outputCodec: string;
  /** Names of the `ErrorDescriptor` constants: operation errors, then service errors. */
  readonly errors: readonly string[];
  readonly doc: string;
}

export interface ErrorClassView {
  readonly name: string;
  readonly membersType: string;
  readonly shapeId: string;
  readonly fault: "client" | "server";
  readonly httpStatus: number;
  readonly doc: string;
  /** Members stored as own properties (all but `message`, which `Error` holds). */
  readonly fields: readonly MemberView[];
  /** `message: this.message`, `ticketId: this.ticketId`, … for `toMembers()`. */
  readonly toMembers: readonly string[];
  /** The argument passed to `super(...)`. */
  readonly superMessage: string;
  /** The constructor's parameter: `_members` when the error has no members to store. */
  readonly membersParam: string;
  readonly descriptor: string;
  readonly codec: string;
}

export interface ServiceView {
  readonly name: string;
  readonly shapeId: string;
  readonly version: string;
  readonly doc: string;
  readonly descriptor: string;
  readonly clientFactory: string;
  readonly serveFunction: string;
  readonly methods: readonly MethodView[];
  readonly errors: readonly ErrorClassView[];
  /** Type names `service.ts` imports from `./types`. */
  readonly serviceTypeImports: string;
  /** Codec names `native.ts` imports from `./codecs`. */
  readonly codecImports: string;
  readonly errorImports: string;
  /** Member types `native.ts` imports from `./types`. */
  readonly errorMembersImports: string;
  /** Types `errors.ts` imports from `./types` (member bags and field types). */
  readonly errorsTypeImports: string;
  /** `type JsonValue` (possibly aliased) when an error member is a document, else "". */
  readonly errorsJsonValueImport: string;
}

/** Members an error class cannot expose without breaking `Error` or `ModeledError`. */
const RESERVED_ERROR_MEMBERS = new Set(["name", "stack", "cause", "shapeId", "fault", "httpStatus", "toMembers"]);

function errorClass(ctx: GenContext, id: string): ErrorClassView {
  const shape = ctx.shape(id);
  const name = ctx.typeName(id);
  const fault = shape.traits.get(TRAIT.error) === "server" ? "server" : "client";
  const httpError = shape.traits.get(TRAIT.httpError);
  const members = structureMembers(ctx, shape);
  for (const m of members) {
    if (RESERVED_ERROR_MEMBERS.has(m.name)) {
      throw new CodegenError(`Error ${id} has a member named \`${m.name}\`, which its error class reserves`, [
        { shapeId: `${id}$${m.name}`, message: "rename the member" },
      ]);
    }
    if (m.name === "message" && m.type !== "string") {
      throw new CodegenError(`Error ${id}: member \`message\` must target a string`, [{ shapeId: `${id}$message`, message: "not a string" }]);
    }
  }
  const messageMember = shape.members.get("message");
  const messageRequired = messageMember !== undefined && isRequired(messageMember);
  return {
    name,
    membersType: membersTypeName(name),
    shapeId: literal(id),
    fault,
    httpStatus: typeof httpError === "number" ? httpError : fault === "client" ? 400 : 500,
    doc: docComment(documentationOf(shape), isDeprecated(shape) ? [`@deprecated ${deprecationMessage(shape)}`.trimEnd()] : []),
    fields: members.filter((m) => m.name !== "message"),
    toMembers: members.map((m) =>
      m.name !== "message" ? `${m.name}: this.${m.name}` : messageRequired ? "message: this.message" : "message: this.message || undefined",
    ),
    superMessage: messageMember ? "members" : literal(name),
    membersParam: members.length === 0 ? "_members" : "members",
    descriptor: `${ctx.stem(id)}Error`,
    codec: codecName(ctx, id),
  };
}

function method(ctx: GenContext, op: OperationShape, errorDescriptor: (id: string) => string): MethodView {
  const typeOf = (id: string) => (id === UNIT ? UNIT_TS_TYPE : ctx.typeOf(id));
  const errorIds = [...op.errors, ...ctx.closure.serviceErrors.filter((e) => !op.errors.includes(e))];
  const throwsTags = errorIds.map((e) => `@throws {@link ${ctx.typeName(e)}} ${documentationOf(ctx.shape(e))?.split("\n")[0] ?? ""}`.trimEnd());
  const tags = isDeprecated(op) ? [...throwsTags, `@deprecated ${deprecationMessage(op)}`.trimEnd()] : throwsTags;
  return {
    name: lowerCamelCase(ctx.typeName(op.id)),
    operation: ctx.typeName(op.id),
    shapeId: literal(op.id),
    input: typeOf(op.input),
    output: typeOf(op.output),
    inputCodec: codecName(ctx, op.input),
    outputCodec: codecName(ctx, op.output),
    errors: errorIds.map(errorDescriptor),
    doc: docComment(documentationOf(op), tags),
  };
}

export function buildServiceView(ctx: GenContext): ServiceView {
  const service = ctx.closure.service;
  const name = ctx.typeName(service.id);
  const errorIds = new Set<string>();
  for (const op of ctx.closure.operations) for (const e of op.errors) errorIds.add(e);
  for (const e of ctx.closure.serviceErrors) errorIds.add(e);
  const errors = [...errorIds].sort().map((id) => errorClass(ctx, id));
  const byId = new Map([...errorIds].sort().map((id, i) => [id, errors[i]!.descriptor]));
  const methods = ctx.closure.operations.map((op) => method(ctx, op, (id) => byId.get(id)!));

  const seenNames = new Map<string, string>();
  for (const m of methods) {
    const other = seenNames.get(m.name);
    if (other) throw new CodegenError(`Operations ${other} and ${m.operation} both become method ${m.name}`);
    seenNames.set(m.name, m.operation);
  }

  const serviceTypes = new Set<string>();
  const codecs = new Set<string>();
  for (const m of methods) {
    for (const t of [m.input, m.output]) if (t !== UNIT_TS_TYPE) serviceTypes.add(t);
    codecs.add(m.inputCodec);
    codecs.add(m.outputCodec);
  }
  for (const e of errors) codecs.add(e.codec);
  codecs.delete("unitCodec");
  return {
    name,
    shapeId: literal(service.id),
    version: literal(service.version ?? ""),
    doc: docComment(documentationOf(service)),
    descriptor: `${name}Descriptor`,
    clientFactory: `create${name}NativeClient`,
    serveFunction: `serve${name}`,
    methods,
    errors,
    serviceTypeImports: [...serviceTypes].sort().map((t) => t).join(", "),
    codecImports: sortSpecifiers([...codecs, ...(methods.some((m) => m.inputCodec === "unitCodec" || m.outputCodec === "unitCodec") ? ["unitCodec"] : [])]).join(", "),
    errorImports: errors.map((e) => e.name).sort().join(", "),
    errorMembersImports: errors.map((e) => e.membersType).sort().join(", "),
    errorsTypeImports: [...errorsTypeNames(ctx, errors)].sort().join(", "),
    errorsJsonValueImport: errors.some((e) => e.fields.some((f) => new RegExp(`\\b${ctx.jsonValue}\\b`).test(f.type)))
      ? ctx.jsonValueImport
      : "",
  };
}

/** Closure type names that error classes mention: their member bags and their fields' types. */
function errorsTypeNames(ctx: GenContext, errors: readonly ErrorClassView[]): Set<string> {
  const known = new Set(ctx.closure.shapes.map((s) => ctx.typeOf(s.id)));
  const names = new Set<string>();
  for (const e of errors) {
    names.add(e.membersType);
    for (const f of e.fields) for (const word of f.type.match(/[A-Za-z_$][\w$]*/g) ?? []) if (known.has(word)) names.add(word);
  }
  return names;
}
