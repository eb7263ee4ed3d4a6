/**
 * ChangedMemberTarget: a member now targets another shape. Swapping one simple, list or map shape
 * for a structurally identical one is allowed; the new target is judged by re-running every
 * evaluator on the pair (and their members), so a narrower `@length` still counts.
 * Reference: smithy-diff ChangedMemberTarget.
 */
import type { MemberShape, Shape } from "../../model/shape";
import { SIMPLE_TYPES } from "../../model/shape";
import { SEVERITY_ORDER } from "../severity";
import { changedShape, changesOfType, type ChangedShape, type Differences } from "../differences";
import { diffEvent, type DiffEvaluator } from "../evaluator";
import type { Severity, ValidationEvent } from "../../model/validation-event";

const COMPATIBLE = "This was determined backward compatible.";

function indent(text: string, spaces: number): string {
  const pad = " ".repeat(spaces);
  return text
    .split("\n")
    .map((line) => pad + line)
    .join("\n");
}

function judge(
  d: Differences,
  rerun: (d: Differences) => ValidationEvent[],
  before: Shape | undefined,
  after: Shape | undefined,
): [Severity, string] {
  if (!before || !after) return ["WARNING", COMPATIBLE];
  if (before.type !== after.type) {
    return [
      "ERROR",
      `The type of the targeted shape changed from ${before.type} to ${after.type}.`,
    ];
  }
  const structural =
    SIMPLE_TYPES.has(before.type) ||
    before.type === "list" ||
    before.type === "set" ||
    before.type === "map";
  if (!structural || before.type === "enum" || before.type === "intEnum") {
    return ["ERROR", `The name of a ${before.type} is significant.`];
  }
  if (before.traits.has("smithy.api#enum")) {
    return [
      "ERROR",
      "The `smithy.api#enum` trait was found on the target, so the name of the targeted shape matters for codegen.",
    ];
  }
  const changes: ChangedShape[] = [changedShape<Shape>(before, after)];
  for (const name of ["member", "key", "value"]) {
    const a = before.members.get(name);
    const b = after.members.get(name);
    if (a && b) changes.push(changedShape<MemberShape>(a, b));
  }
  const events = rerun({
    ...d,
    addedShapes: [],
    removedShapes: [],
    changedShapes: changes,
    addedMetadata: [],
    removedMetadata: [],
    changedMetadata: [],
  });
  if (events.length === 0) return ["WARNING", COMPATIBLE];
  let severity: Severity = "WARNING";
  let message = "This will result in the following effective differences:\n\n";
  for (const event of events) {
    if (SEVERITY_ORDER.indexOf(event.severity) > SEVERITY_ORDER.indexOf(severity))
      severity = event.severity;
    message += `- [${event.severity}] ${indent(event.message, 2).trim()}\n`;
  }
  if (severity === "WARNING") message = `${COMPATIBLE} ${message}`;
  return [severity, message.trim()];
}

export const changedMemberTarget: DiffEvaluator = {
  name: "ChangedMemberTarget",
  evaluate(d, rerun) {
    return changesOfType(d, "member")
      .filter((c) => c.old.target !== c.new.target)
      .map((c) => {
        const before = d.oldModel.getShape(c.old.target);
        const after = d.newModel.getShape(c.new.target);
        const [severity, verdict] = judge(d, rerun, before, after);
        const message =
          `The shape targeted by the member \`${c.id}\` changed from \`${c.old.target}\` (${before?.type}) ` +
          `to \`${c.new.target}\` (${after?.type}). ${verdict}`;
        return diffEvent("ChangedMemberTarget", severity, c.new, message);
      });
  },
};
