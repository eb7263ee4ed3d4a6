import type { Model } from "../../model/model";
import { nodeEquals } from "../../model/node-value";
import type { ServiceShape } from "../../model/shape";
import { isIdentifier, nameOf } from "../../model/shape-id";
import type { Severity, ValidationEvent } from "../../model/validation-event";
import type { ValidationContext } from "../core/context";
import { closure } from "../core/top-down";
import { EventFactory } from "../core/events";
import type { ModelNode } from "../core/relationships";
import { shapesOf } from "../core/top-down";
import type { Validator } from "../core/validator";
import { SIMPLE_TYPES } from "../../model/shape";

/**
 * `Service`: names in a service closure are case-insensitively unique (after `rename`), and
 * renames are valid. https://smithy.io/2.0/spec/service-types.html#service-closure
 */
const events = new EventFactory("Service");
const SEVERITIES: Severity[] = ["SUPPRESSED", "NOTE", "WARNING", "DANGER", "ERROR"];

export const serviceValidator: Validator = {
  name: "Service",
  validate(ctx) {
    const out: ValidationEvent[] = [];
    for (const service of shapesOf(ctx.model, "service")) {
      if (service.type === "service") checkService(ctx, service, out);
    }
    return out;
  },
};

function checkService(ctx: ValidationContext, service: ServiceShape, out: ValidationEvent[]): void {
  const shapes = closure(ctx, service);
  const byName = new Map<string, string[]>();
  for (const id of shapes.keys()) {
    if (id.includes("$")) continue;
    const name = (service.rename.get(id) ?? nameOf(id)).toLowerCase();
    byName.set(name, [...(byName.get(name) ?? []), id]);
  }
  const detector = new ConflictDetector(ctx.model);
  for (const ids of byName.values()) {
    if (ids.length < 2) continue;
    ids.sort();
    for (const subjectId of ids) {
      for (const otherId of ids) {
        if (otherId === subjectId) continue;
        const subject = ctx.model.getShape(subjectId);
        const other = ctx.model.getShape(otherId);
        const severity = detector.detect(subject, other);
        if (severity && subject && other) out.push(conflict(severity, service, subject, other));
      }
    }
  }
  for (const [from, to] of service.rename) {
    if (!isIdentifier(to)) {
      out.push(
        events.error(
          service,
          `Service attempts to rename \`${from}\` to an invalid identifier, "${to}"`,
        ),
      );
    } else if (to === nameOf(from)) {
      out.push(
        events.error(
          service,
          `Service rename for \`${from}\` does not actually change the name from \`${to}\``,
        ),
      );
    }
    const shape = shapes.get(from);
    if (!shape) {
      out.push(
        events.error(service, `Service attempts to rename a shape not in the service: ${from}`),
      );
    } else if (shape.type === "member" || shape.type === "resource" || shape.type === "operation") {
      out.push(
        events.error(
          service,
          `Service attempts to rename a ${shape.type} shape from \`${from}\` to "${to}"; ${shape.type}s cannot be renamed`,
        ),
      );
    }
  }
}

function conflict(
  severity: Severity,
  service: ServiceShape,
  subject: ModelNode,
  other: ModelNode,
): ValidationEvent {
  const subjectRename = service.rename.get(subject.id);
  const otherRename = service.rename.get(other.id);
  let message =
    subjectRename !== undefined
      ? `Renamed shape name "${subjectRename}"`
      : `Shape name \`${subject.id}\``;
  message += ` conflicts with \`${other.id}\` `;
  if (otherRename !== undefined) message += `(renamed to "${otherRename}") `;
  message +=
    `in the \`${service.id}\` service closure. Shapes in the closure of a service ` +
    `${SEVERITIES.indexOf(severity) >= SEVERITIES.indexOf("DANGER") ? "must " : "should "}` +
    "have case-insensitively unique names regardless of their namespaces. Use the `rename` property of the service " +
    "to disambiguate shape names.";
  return events.event(severity, subject, message);
}

/** How bad a name clash is: ERROR unless both are equivalent simple shapes or collections. */
class ConflictDetector {
  private cache = new Map<string, Severity | undefined>();
  constructor(private readonly model: Model) {}

  detect(a: ModelNode | undefined, b: ModelNode | undefined): Severity | undefined {
    if (!a || !b) return undefined;
    const key = a.id < b.id ? `${a.id} ${b.id}` : `${b.id} ${a.id}`;
    if (!this.cache.has(key)) this.cache.set(key, this.compute(a, b));
    return this.cache.get(key);
  }

  private compute(a: ModelNode, b: ModelNode): Severity {
    const forbidden = (n: ModelNode) =>
      !(SIMPLE_TYPES.has(n.type) || n.type === "list" || n.type === "set" || n.type === "member");
    if (forbidden(a) || forbidden(b) || a.type !== b.type || !sameTraits(a, b)) return "ERROR";
    let memberConflict: Severity | undefined;
    if (a.type === "member" && b.type === "member") {
      memberConflict = this.detect(this.model.getShape(a.target), this.model.getShape(b.target));
    } else if (
      a.type !== "member" &&
      b.type !== "member" &&
      (a.type === "list" || a.type === "set")
    ) {
      memberConflict = this.detect(a.members.get("member"), b.members.get("member"));
    }
    if (memberConflict && SEVERITIES.indexOf(memberConflict) >= SEVERITIES.indexOf("WARNING"))
      return memberConflict;
    return SIMPLE_TYPES.has(a.type) ? "NOTE" : "WARNING";
  }
}

function sameTraits(a: ModelNode, b: ModelNode): boolean {
  if (a.traits.size !== b.traits.size) return false;
  for (const [id, value] of a.traits)
    if (!b.traits.has(id) || !nodeEquals(value, b.traits.get(id))) return false;
  return true;
}
