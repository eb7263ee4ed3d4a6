import type { Severity, ValidationEvent } from "../../model/validation-event";
import type { SourceLocation } from "../../model/source-location";
import type { ModelNode } from "./relationships";

/** How the reference prints a shape in messages: (type: `id`). */
export function describeShape(node: ModelNode): string {
  return `(${node.type}: \`${node.id}\`)`;
}

/** `smithy.api#required` → `required`; traits outside the prelude keep their absolute id. */
export function idiomaticTraitName(traitId: string): string {
  return traitId.startsWith("smithy.api#") ? traitId.slice("smithy.api#".length) : traitId;
}

/**
 * Builds events for one validator. The id is the validator's name; `part` appends a
 * hierarchical part (`Target.UnresolvedShape`), as the reference's `error(shape, msg, part)` does.
 */
export class EventFactory {
  constructor(readonly id: string) {}

  event(
    severity: Severity,
    node: ModelNode | undefined,
    message: string,
    parts: readonly string[] = [],
    location?: SourceLocation,
  ): ValidationEvent {
    const id = parts.length ? `${this.id}.${parts.join(".")}` : this.id;
    const sourceLocation = location ?? node?.location ?? { filename: "", line: 0, column: 0 };
    return node
      ? { id, severity, message, shapeId: node.id, sourceLocation }
      : { id, severity, message, sourceLocation };
  }
  error(node: ModelNode | undefined, message: string, ...parts: string[]): ValidationEvent {
    return this.event("ERROR", node, message, parts);
  }
  danger(node: ModelNode | undefined, message: string, ...parts: string[]): ValidationEvent {
    return this.event("DANGER", node, message, parts);
  }
  warning(node: ModelNode | undefined, message: string, ...parts: string[]): ValidationEvent {
    return this.event("WARNING", node, message, parts);
  }
  note(node: ModelNode | undefined, message: string, ...parts: string[]): ValidationEvent {
    return this.event("NOTE", node, message, parts);
  }
}

/** `a`, `b` → "`a`, `b`" as the reference's ValidationUtils.tickedList (sorted). */
export function tickedList(values: Iterable<string | number>): string {
  return [...values]
    .map(String)
    .sort()
    .map((v) => `\`${v}\``)
    .join(", ");
}

export function orderedTickedList(values: Iterable<string | number>): string {
  return [...values].map((v) => `\`${v}\``).join(", ");
}
