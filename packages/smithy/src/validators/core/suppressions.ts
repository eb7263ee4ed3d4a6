import type { Model } from "../../model/model";
import type { NodeValue } from "../../model/node-value";
import { isNodeObject } from "../../model/node-value";
import { namespaceOf } from "../../model/shape-id";
import type { Severity, ValidationEvent } from "../../model/validation-event";

/**
 * `@suppress` traits, `metadata suppressions` and `metadata severityOverrides`
 * (https://smithy.io/2.0/spec/model-validation.html#suppressions), applied as the reference's
 * ModelBasedEventDecorator does: ERROR and SUPPRESSED events are never changed; a shape's
 * `@suppress` wins over metadata; severity overrides only raise a severity.
 */
const SUPPRESS = "smithy.api#suppress";
const SEVERITY_ORDER: Severity[] = ["SUPPRESSED", "NOTE", "WARNING", "DANGER", "ERROR"];

interface Rule {
  id: string;
  namespace: string;
  reason?: string;
  severity?: Severity;
}

/** Event id `a.b.c` contains `a`, `a.b` and `a.b.c`. */
export function containsId(eventId: string, id: string): boolean {
  return eventId === id || (eventId.startsWith(id) && eventId.charAt(id.length) === ".");
}

function matchesNamespace(event: ValidationEvent, namespace: string): boolean {
  if (namespace === "*") return true;
  return event.shapeId !== undefined && namespaceOf(event.shapeId) === namespace;
}

function modelError(message: string): ValidationEvent {
  return {
    id: "Model",
    severity: "ERROR",
    message,
    sourceLocation: { filename: "", line: 0, column: 0 },
  };
}

function describeType(value: NodeValue): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value === "object" ? "object" : typeof value;
}

/** Reads `metadata <key>` as a list of rules; malformed entries become Model errors. */
function readRules(
  model: Model,
  key: string,
  withSeverity: boolean,
  errors: ValidationEvent[],
): Rule[] {
  const value = model.metadata.get(key);
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    errors.push(modelError(`Expected array, but found ${describeType(value)}.`));
    return [];
  }
  const rules: Rule[] = [];
  value.forEach((entry, index) => {
    if (!isNodeObject(entry)) {
      errors.push(
        modelError(
          `Expected array element ${index} to be a object but found ${describeType(entry)}.`,
        ),
      );
      return;
    }
    const required = withSeverity ? ["id", "namespace", "severity"] : ["id", "namespace"];
    for (const member of required) {
      if (typeof entry[member] !== "string") {
        errors.push(modelError(`Missing expected member \`${member}\`.`));
        return;
      }
    }
    const rule: Rule = { id: entry["id"] as string, namespace: entry["namespace"] as string };
    if (typeof entry["reason"] === "string") rule.reason = entry["reason"];
    if (withSeverity) {
      const severity = entry["severity"] as string;
      if (severity !== "WARNING" && severity !== "DANGER") {
        errors.push(modelError(`Expected one of \`DANGER\`, \`WARNING\`; got \`${severity}\`.`));
        return;
      }
      rule.severity = severity;
    }
    rules.push(rule);
  });
  return rules;
}

export interface EventDecorator {
  /** Errors in the `suppressions`/`severityOverrides` metadata themselves. */
  readonly configErrors: ValidationEvent[];
  decorate(event: ValidationEvent): ValidationEvent;
}

export function createDecorator(model: Model): EventDecorator {
  const configErrors: ValidationEvent[] = [];
  const suppressions = readRules(model, "suppressions", false, configErrors);
  const overrides = readRules(model, "severityOverrides", true, configErrors);

  const decorate = (event: ValidationEvent): ValidationEvent => {
    if (event.severity === "ERROR" || event.severity === "SUPPRESSED") return event;
    if (event.shapeId !== undefined) {
      const shape = model.getShapeOrMember(event.shapeId);
      const suppress = shape?.traits.get(SUPPRESS);
      if (
        Array.isArray(suppress) &&
        suppress.some((id) => typeof id === "string" && containsId(event.id, id))
      ) {
        return { ...event, severity: "SUPPRESSED" };
      }
    }
    for (const rule of suppressions) {
      if (containsId(event.id, rule.id) && matchesNamespace(event, rule.namespace)) {
        return rule.reason === undefined
          ? { ...event, severity: "SUPPRESSED" }
          : { ...event, severity: "SUPPRESSED", suppressionReason: rule.reason };
      }
    }
    let severity: Severity = event.severity;
    for (const rule of overrides) {
      if (containsId(event.id, rule.id) && matchesNamespace(event, rule.namespace)) {
        if (SEVERITY_ORDER.indexOf(rule.severity!) > SEVERITY_ORDER.indexOf(severity))
          severity = rule.severity!;
      }
    }
    return severity === event.severity
      ? event
      : { ...event, severity: severity as ValidationEvent["severity"] };
  };
  return { configErrors: configErrors.map(decorate), decorate };
}
