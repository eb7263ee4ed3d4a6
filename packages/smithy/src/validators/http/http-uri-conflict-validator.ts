import type { Model } from "../../model/model";
import type { OperationShape } from "../../model/shape";
import type { ValidationEvent } from "../../model/validation-event";
import { EventFactory } from "../core/events";
import { HTTP, httpTrait, requestBindings } from "./http-bindings";
import { compileSmithyPattern } from "../node/pattern";
import { containedShapes } from "../core/top-down";
import type { UriPattern, UriSegment } from "./uri-pattern";
import { endpointHostPrefix, hostLabelPatterns } from "./host-prefix";
import { conflictingLabelSegments, urisConflict } from "./uri-pattern";
import type { Validator } from "../core/validator";

/**
 * `HttpUriConflict`: two operations of a service must not share a method and an equivalent URI.
 * A label-vs-literal clash whose label `@pattern` excludes the literal is only a DANGER.
 * https://smithy.io/2.0/spec/http-bindings.html#http-trait (URI pattern conflicts)
 */
const events = new EventFactory("HttpUriConflict");

export const httpUriConflictValidator: Validator = {
  name: "HttpUriConflict",
  validate(ctx) {
    const out: ValidationEvent[] = [];
    if (ctx.shapesWithTrait(HTTP).length === 0) return out;
    for (const service of ctx.model.shapesOfType("service")) {
      const operations = containedShapes(ctx.model, service).operations.filter((op) =>
        op.traits.has(HTTP),
      );
      for (const operation of operations)
        out.push(...checkConflicts(ctx.model, operation, operations));
    }
    return out;
  },
};

function checkConflicts(
  model: Model,
  operation: OperationShape,
  operations: OperationShape[],
): ValidationEvent[] {
  const http = httpTrait(operation);
  if (!http) return [];
  const conflicts: string[] = [];
  const allowable: string[] = [];
  for (const other of operations) {
    if (other === operation) continue;
    const otherHttp = httpTrait(other);
    if (!otherHttp || otherHttp.method !== http.method || !urisConflict(otherHttp.uri, http.uri))
      continue;
    if (!endpointConflicts(model, operation, other)) continue;
    const entry = `\`${other.id}\` (${otherHttp.uri.text})`;
    if (isAllowableConflict(model, operation, http.uri, other, otherHttp.uri))
      allowable.push(entry);
    else conflicts.push(entry);
  }
  const format = (list: string[]) =>
    `Operation URI, \`${http.uri.text}\`, conflicts with other operation URIs in the same service: [${list.sort().join(", ")}]`;
  const result: ValidationEvent[] = [];
  if (conflicts.length) result.push(events.error(operation, format(conflicts)));
  if (allowable.length) {
    result.push(
      events.danger(
        operation,
        format(allowable) +
          ". Pattern traits applied to the label members prevent the label value from evaluating to a conflict, but this " +
          "is still a poor design. If this is acceptable, this can be suppressed.",
      ),
    );
  }
  return result;
}

/**
 * Operations conflict on the host unless only one has `@endpoint`, or their host prefixes differ
 * in a way label `@pattern`s make unambiguous.
 */
function endpointConflicts(model: Model, a: OperationShape, b: OperationShape): boolean {
  const pa = endpointHostPrefix(a);
  const pb = endpointHostPrefix(b);
  if (!pa && !pb) return true;
  if (!pa || !pb) return false;
  return !allowable(
    conflictingLabelSegments(pa, pb),
    hostLabelPatterns(model, a),
    hostLabelPatterns(model, b),
  );
}

function labelPatterns(model: Model, operation: OperationShape): Map<string, string> {
  const patterns = new Map<string, string>();
  for (const binding of requestBindings(model, operation)) {
    if (binding.location !== "label") continue;
    const own = binding.member.traits.get("smithy.api#pattern");
    const target = model.getShape(binding.member.target)?.traits.get("smithy.api#pattern");
    const pattern = typeof own === "string" ? own : typeof target === "string" ? target : undefined;
    if (pattern !== undefined) patterns.set(binding.member.name, pattern);
  }
  return patterns;
}

function isAllowableConflict(
  model: Model,
  a: OperationShape,
  aUri: UriPattern,
  b: OperationShape,
  bUri: UriPattern,
): boolean {
  return allowable(
    conflictingLabelSegments(aUri, bUri),
    labelPatterns(model, a),
    labelPatterns(model, b),
  );
}

/** Every label-vs-literal clash is ruled out by the label's pattern (and there is at least one clash). */
function allowable(
  segments: [UriSegment, UriSegment][],
  aPatterns: Map<string, string>,
  bPatterns: Map<string, string>,
): boolean {
  if (segments.length === 0) return false;
  return segments
    .filter(([x, y]) => x.label !== y.label)
    .every(([x, y]) => {
      const pattern = x.label ? aPatterns.get(x.content) : bPatterns.get(y.content);
      const literal = x.label ? y.content : x.content;
      const regex = pattern === undefined ? undefined : compileSmithyPattern(pattern);
      return regex !== undefined && !regex.test(literal);
    });
}
