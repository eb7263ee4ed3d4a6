/**
 * View model of `codecs.ts`: the specialised check / toJson / read functions of every closure shape,
 * the module constants and helpers they use, and one exported `ShapeCodec` per operation input,
 * output and error.
 */
import { UNIT } from "@oda-codegen/smithy";

import { UNIT_TS_TYPE, type GenContext } from "../view-model/context";
import { CheckEmitter, hasCheckFunction } from "./check-emitter";
import { EmitState, HELPERS, type Helper } from "./emit-state";
import { JsonEmitter } from "./json-emitter";

export interface CodecView {
  readonly name: string;
  readonly type: string;
  readonly check: string;
  readonly toJson: string;
  readonly read: string;
}

export interface CodecsFileView {
  readonly runtimeImports: string;
  readonly typeImports: string;
  readonly constants: readonly string[];
  readonly helpers: Readonly<Record<Helper, boolean>>;
  readonly functions: readonly string[];
  readonly codecs: readonly CodecView[];
  readonly unit: boolean;
  readonly needsCodecHelper: boolean;
  /** Some codec reads its JSON unchanged (no conversion, no defaults). */
  readonly readAsIs: boolean;
  readonly jsonValue: string;
  /** Reported by generation, not written: e.g. patterns moved to RE2. */
  readonly warnings: readonly string[];
}

/** Shapes that need an exported codec: operation inputs, outputs and errors. */
export function codecShapeIds(ctx: GenContext): Set<string> {
  const ids = new Set<string>();
  for (const op of ctx.closure.operations) {
    ids.add(op.input);
    ids.add(op.output);
    for (const e of op.errors) ids.add(e);
  }
  for (const e of ctx.closure.serviceErrors) ids.add(e);
  return ids;
}

/** `getTicketInputCodec`, or `unitCodec` for `smithy.api#Unit`. */
export function codecName(ctx: GenContext, id: string): string {
  return id === UNIT ? "unitCodec" : `${ctx.stem(id)}Codec`;
}

export function buildCodecsView(ctx: GenContext): CodecsFileView {
  const state = new EmitState();
  const checks = new CheckEmitter(ctx, state);
  const json = new JsonEmitter(ctx, state);
  const functions: string[] = [];
  const usedTypes = new Set<string>();

  for (const shape of ctx.closure.shapes) {
    if (hasCheckFunction(shape)) functions.push(checks.checkFunction(shape));
    if (json.needsFunction(shape, "toJson")) {
      functions.push(json.toJsonFunction(shape));
      usedTypes.add(ctx.typeOf(shape.id));
    }
    if (json.needsFunction(shape, "read")) functions.push(json.readFunction(shape));
  }

  const wanted = codecShapeIds(ctx);
  const codecs: CodecView[] = [];
  for (const id of [...wanted].sort()) {
    if (id === UNIT) continue;
    const type = ctx.typeOf(id);
    usedTypes.add(type);
    codecs.push({
      name: codecName(ctx, id),
      type,
      check: `check${ctx.typeName(id)}`,
      toJson: `${ctx.stem(id)}ToJson`,
      read: json.needsFunction(ctx.shape(id), "read") ? `read${ctx.typeName(id)}` : "readAsIs",
    });
  }
  const unit = wanted.has(UNIT);
  const readAsIs = codecs.some((c) => c.read === "readAsIs");
  if (unit) state.use("expectObject");

  const helpers = Object.fromEntries(HELPERS.map((h) => [h, state.helpers.has(h)])) as Record<Helper, boolean>;
  const runtime = ["type FieldError"];
  const usesJsonValue = codecs.length > 0 || unit || functions.some((f) => f.includes(ctx.jsonValue)) || helpers.floatToJson;
  if (usesJsonValue) runtime.push(ctx.jsonValueImport);
  if (codecs.length > 0 || unit) runtime.push("type ShapeCodec", "ValidationError");
  if (state.usesLinearPattern) runtime.push("linearPattern");
  usedTypes.delete(UNIT_TS_TYPE);
  return {
    runtimeImports: sortSpecifiers(runtime).join(", "),
    typeImports: [...usedTypes].sort().map((t) => t).join(", "),
    constants: state.constants,
    helpers,
    functions,
    codecs,
    unit,
    needsCodecHelper: unit || codecs.length > 0,
    readAsIs,
    jsonValue: ctx.jsonValue,
    warnings: state.warnings,
  };
}

/** Import specifiers sorted by name, `type` modifiers ignored, as hand-written code would be. */
export function sortSpecifiers(specifiers: readonly string[]): string[] {
  const bare = (s: string) => s.replace(/^type /, "");
  return [...specifiers].sort((a, b) => (bare(a) < bare(b) ? -1 : bare(a) > bare(b) ? 1 : 0));
}

