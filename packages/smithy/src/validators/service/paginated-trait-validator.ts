import type { Model } from "../../model/model";
import type { NodeObject } from "../../model/node-value";
import { isNodeObject } from "../../model/node-value";
import type { MemberShape, OperationShape, Shape } from "../../model/shape";
import type { Severity, ValidationEvent } from "../../model/validation-event";
import { EventFactory, tickedList } from "../core/events";
import { containedShapes, shapesOf } from "../core/top-down";
import type { Validator } from "../core/validator";

/**
 * `PaginatedTrait`: the members named by `@paginated` exist, have the right types and
 * optionality, alone and merged with the `@paginated` of each service that binds the operation.
 * https://smithy.io/2.0/spec/behavior-traits.html#paginated-trait
 */
const events = new EventFactory("PaginatedTrait");
const PAGINATED = "smithy.api#paginated";

interface Property {
  name: "inputToken" | "pageSize" | "outputToken" | "items";
  optionality: "MUST" | "SHOULD" | "MAY";
  requiredToBePresent: boolean;
  validTargets: string[];
  dangerTargets: string[];
  output: boolean;
}

const PROPERTIES: Property[] = [
  {
    name: "inputToken",
    optionality: "MUST",
    requiredToBePresent: true,
    validTargets: ["string", "map"],
    dangerTargets: ["map"],
    output: false,
  },
  {
    name: "pageSize",
    optionality: "SHOULD",
    requiredToBePresent: false,
    validTargets: ["byte", "integer", "long", "short"],
    dangerTargets: ["byte", "long", "short"],
    output: false,
  },
  {
    name: "outputToken",
    optionality: "SHOULD",
    requiredToBePresent: true,
    validTargets: ["string", "map"],
    dangerTargets: ["map"],
    output: true,
  },
  {
    name: "items",
    optionality: "MAY",
    requiredToBePresent: false,
    validTargets: ["list", "map"],
    dangerTargets: [],
    output: true,
  },
];

export const paginatedTraitValidator: Validator = {
  name: "PaginatedTrait",
  validate(ctx) {
    const out: ValidationEvent[] = [];
    for (const node of ctx.shapesWithTrait(PAGINATED)) {
      if (node.type !== "operation") continue;
      const trait = node.traits.get(PAGINATED);
      if (!isNodeObject(trait)) continue;
      const own: ValidationEvent[] = [];
      for (const property of PROPERTIES)
        own.push(...checkProperty(ctx.model, undefined, node, trait, property));
      out.push(...own);
      if (own.length) continue;
      for (const service of shapesOf(ctx.model, "service")) {
        if (!containedShapes(ctx.model, service).operations.includes(node)) continue;
        const serviceTrait = service.traits.get(PAGINATED);
        const merged = isNodeObject(serviceTrait) ? { ...serviceTrait, ...trait } : trait;
        for (const property of PROPERTIES)
          out.push(...checkProperty(ctx.model, service, node, merged, property));
      }
    }
    return out;
  },
};

function resolveMember(
  model: Model,
  operation: OperationShape,
  path: string,
  property: Property,
): MemberShape | undefined {
  let container: Shape | undefined = model.getShape(
    property.output ? operation.output : operation.input,
  );
  if (!property.output) return container?.members.get(path);
  let member: MemberShape | undefined;
  for (const part of path.split(".")) {
    member = container?.members.get(part);
    if (!member) return undefined;
    container = model.getShape(member.target);
  }
  return member;
}

function checkProperty(
  model: Model,
  service: Shape | undefined,
  operation: OperationShape,
  trait: NodeObject,
  property: Property,
): ValidationEvent[] {
  const prefix = service ? `When bound within the \`${service.id}\` service, ` : "";
  const path = trait[property.name];
  if (typeof path !== "string") {
    return service && property.requiredToBePresent
      ? [events.error(operation, `${prefix}paginated trait \`${property.name}\` is not configured`)]
      : [];
  }
  if (!property.output && path.includes(".")) {
    return [
      events.error(
        operation,
        `${prefix}paginated trait \`${property.name}\` does not allow path values`,
      ),
    ];
  }
  const member = resolveMember(model, operation, path, property);
  if (!member) {
    return [
      events.error(
        operation,
        `${prefix}paginated trait \`${property.name}\` targets a member \`${path}\` that does not exist`,
      ),
    ];
  }
  const out: ValidationEvent[] = [];
  if (member.traits.has("smithy.api#required")) {
    if (property.optionality === "MUST") {
      out.push(
        events.error(
          operation,
          `${prefix}paginated trait \`${property.name}\` member \`${member.name}\` must not be required`,
        ),
      );
    } else if (property.optionality === "SHOULD") {
      const severity: Severity = property.name === "pageSize" ? "WARNING" : "DANGER";
      out.push(
        events.event(
          severity,
          operation,
          `${prefix}paginated trait \`${property.name}\` member \`${member.name}\` should not be required`,
          ["ShouldNotBeRequired", property.name],
        ),
      );
    }
  }
  const target = model.getShape(member.target);
  if (target) {
    if (!property.validTargets.includes(target.type)) {
      out.push(
        events.error(
          operation,
          `${prefix}paginated trait \`${property.name}\` member \`${member.name}\` targets a ${target.type} shape, but must ` +
            `target one of the following: [${tickedList(property.validTargets)}]`,
        ),
      );
    }
    if (property.dangerTargets.includes(target.type)) {
      const preferred = property.validTargets.filter((t) => !property.dangerTargets.includes(t));
      out.push(
        events.danger(
          operation,
          `${prefix}paginated trait \`${property.name}\` member \`${member.name}\` targets a ${target.type} shape, but this is ` +
            `not recommended. One of [${tickedList(preferred)}] SHOULD be targeted.`,
          "WrongShapeType",
          property.name,
        ),
      );
    }
  }
  if (property.output && path.indexOf(".") !== path.lastIndexOf(".")) {
    out.push(
      events.warning(
        operation,
        `${prefix}paginated trait \`${property.name}\` contains a path with more than two parts, which can make your API cumbersome to use`,
        "DeeplyNested",
        property.name,
      ),
    );
  }
  return out;
}
