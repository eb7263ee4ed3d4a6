import type { Model } from "../../model/model";
import type { NodeObject, NodeValue } from "../../model/node-value";
import { isNodeObject } from "../../model/node-value";
import { isPreludeId, namespaceOf } from "../../model/shape-id";
import type { Severity, ValidationEvent } from "../../model/validation-event";
import type { ValidationContext } from "./context";
import { closure } from "./top-down";
import { absoluteTraitId, messageText, resolvePath, shapeValue } from "../selector/attribute-value";
import type { ModelNode } from "./relationships";
import type { Validator } from "./validator";

/**
 * Validators declared in `metadata validators` (https://smithy.io/2.0/spec/model-validation.html#validators):
 * the built-in linters EmitEachSelector, EmitNoneSelector and UnreferencedShape, with the
 * definition's `id`, `severity`, `message` (`{super}`), `namespaces` and `selector` applied to
 * the events they emit.
 */
const NO_LOCATION = { filename: "", line: 0, column: 0 };
const SEVERITIES = ["DANGER", "WARNING", "NOTE"];

interface Definition {
  name: string;
  id: string;
  severity?: Severity;
  message?: string;
  namespaces: string[];
  selector?: string;
  configuration: NodeObject;
}

type Check = (ctx: ValidationContext) => ValidationEvent[];

function modelError(message: string): ValidationEvent {
  return { id: "Model", severity: "ERROR", message, sourceLocation: NO_LOCATION };
}

function event(
  id: string,
  severity: Severity,
  node: ModelNode | undefined,
  message: string,
): ValidationEvent {
  return node
    ? { id, severity, message, shapeId: node.id, sourceLocation: node.location }
    : { id, severity, message, sourceLocation: NO_LOCATION };
}

export interface LoadedMetadataValidators {
  validators: Validator[];
  errors: ValidationEvent[];
}

export function loadMetadataValidators(ctx: ValidationContext): LoadedMetadataValidators {
  const value = ctx.model.metadata.get("validators");
  const result: LoadedMetadataValidators = { validators: [], errors: [] };
  if (value === undefined) return result;
  if (!Array.isArray(value)) {
    result.errors.push(modelError(`validators must be an array. Found ${typeName(value)}.`));
    return result;
  }
  for (const element of value) {
    if (!isNodeObject(element)) {
      result.errors.push(
        modelError(`Each element of \`validators\` must be an object. Found ${typeName(element)}.`),
      );
      continue;
    }
    const definition = readDefinition(element, result.errors);
    if (!definition) continue;
    const check = createCheck(ctx, definition, result.errors);
    if (check === null) continue;
    if (check === undefined) {
      result.errors.push({
        id: `UnknownValidator_${definition.name}`,
        severity: "WARNING",
        message: `Unable to locate a validator named \`${definition.name}\``,
        sourceLocation: NO_LOCATION,
      });
      continue;
    }
    result.validators.push({
      name: definition.id,
      validate: (c) => mapEvents(c, definition, check(c)),
    });
  }
  return result;
}

function typeName(value: NodeValue): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value === "object" ? "object" : typeof value;
}

function readDefinition(node: NodeObject, errors: ValidationEvent[]): Definition | undefined {
  if (typeof node["name"] !== "string") {
    errors.push(modelError("Missing expected member `name`."));
    return undefined;
  }
  const severity = node["severity"];
  if (severity !== undefined && (typeof severity !== "string" || !SEVERITIES.includes(severity))) {
    errors.push(
      modelError(`Expected one of \`DANGER\`, \`WARNING\`, \`NOTE\`; got \`${String(severity)}\`.`),
    );
    return undefined;
  }
  const definition: Definition = {
    name: node["name"],
    id: typeof node["id"] === "string" ? node["id"] : node["name"],
    namespaces: Array.isArray(node["namespaces"]) ? node["namespaces"].map(String) : [],
    configuration: isNodeObject(node["configuration"]) ? node["configuration"] : {},
  };
  if (severity !== undefined) definition.severity = severity as Severity;
  if (typeof node["message"] === "string") definition.message = node["message"];
  if (typeof node["selector"] === "string") definition.selector = node["selector"];
  return definition;
}

/** The check for a validator name; undefined when unknown, null when its configuration is invalid. */
function createCheck(
  ctx: ValidationContext,
  definition: Definition,
  errors: ValidationEvent[],
): Check | undefined | null {
  const config = definition.configuration;
  const fail = (message: string) => {
    errors.push(modelError(`Error creating \`${definition.name}\` validator: ${message}`));
    return null;
  };
  switch (definition.name) {
    case "EmitEachSelector": {
      if (typeof config["selector"] !== "string") return fail("selector is required");
      const selector = config["selector"];
      const parsed = ctx.selector(selector);
      if (parsed instanceof Error) return fail(parsed.message);
      const bindToTrait =
        typeof config["bindToTrait"] === "string"
          ? absoluteTraitId(config["bindToTrait"])
          : undefined;
      const template =
        typeof config["messageTemplate"] === "string" ? config["messageTemplate"] : undefined;
      return (c) => emitEach(c, selector, bindToTrait, template);
    }
    case "EmitNoneSelector": {
      if (typeof config["selector"] !== "string") return fail("selector is required");
      const selector = config["selector"];
      if (ctx.selector(selector) instanceof Error)
        return fail((ctx.selector(selector) as Error).message);
      return (c) =>
        [...c.select(selector)].some((n) => !isPreludeId(n.id))
          ? []
          : [
              event(
                "EmitNoneSelector",
                "DANGER",
                undefined,
                `Expected at least one shape to match selector: ${selector}`,
              ),
            ];
    }
    case "UnreferencedShape": {
      const root =
        typeof config["rootShapeSelector"] === "string" ? config["rootShapeSelector"] : "service";
      if (ctx.selector(root) instanceof Error)
        return fail(
          `Error parsing \`rootShapeSelector\`: ${(ctx.selector(root) as Error).message}`,
        );
      return (c) => unreferenced(c, root);
    }
    default:
      return undefined;
  }
}

function emitEach(
  ctx: ValidationContext,
  selector: string,
  bindToTrait: string | undefined,
  template: string | undefined,
): ValidationEvent[] {
  if (bindToTrait && ctx.shapesWithTrait(bindToTrait).length === 0) return [];
  const out: ValidationEvent[] = [];
  for (const node of ctx.select(selector)) {
    if (bindToTrait && !node.traits.has(bindToTrait)) continue;
    const message =
      template === undefined
        ? `Selector capture matched selector: ${selector}`
        : expandTemplate(ctx.model, template, node);
    out.push(event("EmitEachSelector", "DANGER", node, message));
  }
  return out;
}

/** `@{path}` inserts an attribute of the matched shape; `@@` is a literal `@`. */
export function expandTemplate(model: Model, template: string, node: ModelNode): string {
  return template.replace(/@@|@\{([^}]*)\}/g, (match, path: string | undefined) => {
    if (match === "@@") return "@";
    const segments = path!.split("|").map((p) => p.trim().replace(/^(['"])(.*)\1$/, "$2"));
    return messageText(resolvePath(shapeValue(model, node, new Map()), segments));
  });
}

/** Shapes not connected to a root, a trait definition or a metadata definition. */
function unreferenced(ctx: ValidationContext, rootSelector: string): ValidationEvent[] {
  const connected = new Set<string>();
  const roots = [
    ...ctx.select(rootSelector),
    ...ctx.shapesWithTrait("smithy.api#trait"),
    ...ctx.shapesWithTrait("smithy.api#metadata"),
  ];
  for (const root of roots) for (const id of closure(ctx, root).keys()) connected.add(id);
  const out: ValidationEvent[] = [];
  for (const shape of ctx.model.shapes.values()) {
    if (connected.has(shape.id) || isPreludeId(shape.id)) continue;
    out.push(
      event(
        "UnreferencedShape",
        "NOTE",
        shape,
        `This shape is unreferenced. It has no modeled connections to shapes that match the following selector: \`${rootSelector}\``,
      ),
    );
  }
  return out;
}

/** Applies a definition's filters and overrides (the reference's ValidatorDefinition.map). */
function mapEvents(
  ctx: ValidationContext,
  definition: Definition,
  events: ValidationEvent[],
): ValidationEvent[] {
  const candidates =
    definition.selector === undefined
      ? undefined
      : new Set([...ctx.select(definition.selector)].map((n) => n.id));
  const out: ValidationEvent[] = [];
  for (const e of events) {
    if (e.shapeId !== undefined) {
      if (definition.namespaces.length && !definition.namespaces.includes(namespaceOf(e.shapeId)))
        continue;
      if (candidates && !candidates.has(e.shapeId)) continue;
    }
    const dot = e.id.indexOf(".");
    const id = dot < 0 ? definition.id : definition.id + e.id.slice(dot);
    const message =
      definition.message === undefined
        ? e.message
        : definition.message.replace("{super}", e.message);
    out.push({ ...e, id, severity: definition.severity ?? e.severity, message });
  }
  return out;
}
