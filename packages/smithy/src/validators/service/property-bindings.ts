import type { Model } from "../../model/model";
import type { OperationShape, Shape } from "../../model/shape";
import { allOperations, identifierBindings } from "./identifier-bindings";
import { shapesOf } from "../core/top-down";

/**
 * Which operation input/output members are resource properties, and under which name (the
 * reference's PropertyBindingIndex): a member is a property unless it binds an identifier or
 * carries a trait marked `@notProperty`; `@property(name:)` renames; `@nestedProperties` moves
 * the properties into a nested structure. https://smithy.io/2.0/spec/service-types.html#resource-properties
 */
export class PropertyBindings {
  /** Member id → property name. */
  private names = new Map<string, string>();
  private notRequired = new Map<string, boolean>();
  private notPropertyTraits: Set<string>;

  constructor(private readonly model: Model) {
    this.notPropertyTraits = new Set(
      [...model.shapes.values()]
        .filter((s) => s.traits.has("smithy.api#notProperty") && s.traits.has("smithy.api#trait"))
        .map((s) => s.id),
    );
    for (const resource of shapesOf(model, "resource")) {
      if (resource.type !== "resource") continue;
      const propertyNames = new Set(resource.properties.keys());
      for (const operationId of allOperations(resource)) {
        const operation = model.getShape(operationId);
        if (operation?.type !== "operation") continue;
        for (const [io, shape] of [
          ["input", this.inputShape(operation)],
          ["output", this.outputShape(operation)],
        ] as const) {
          if (!shape) continue;
          const bound = new Set(identifierBindings(resource, shape).values());
          for (const member of shape.members.values()) {
            this.notRequired.set(
              member.id,
              bound.has(member.name) ||
                [...member.traits.keys()].some((t) => this.notPropertyTraits.has(t)),
            );
            if (this.requiresProperty(member.id) || propertyNames.has(member.name)) {
              const property = member.traits.get("smithy.api#property");
              const renamed =
                property && typeof property === "object" && !Array.isArray(property)
                  ? property["name"]
                  : undefined;
              this.names.set(member.id, typeof renamed === "string" ? renamed : member.name);
            }
          }
          const declared = model.getShape(io === "input" ? operation.input : operation.output);
          if (declared && declared.id !== shape.id)
            for (const member of declared.members.values()) this.notRequired.set(member.id, true);
        }
      }
    }
  }

  propertyName(memberId: string): string | undefined {
    return this.names.get(memberId);
  }

  requiresProperty(memberId: string): boolean {
    return !this.notRequired.get(memberId);
  }

  inputShape(operation: OperationShape): Shape | undefined {
    return this.propertiesShape(this.model.getShape(operation.input));
  }

  outputShape(operation: OperationShape): Shape | undefined {
    return this.propertiesShape(this.model.getShape(operation.output));
  }

  private propertiesShape(declared: Shape | undefined): Shape | undefined {
    if (declared?.type !== "structure") return undefined;
    for (const member of declared.members.values()) {
      if (!member.traits.has("smithy.api#nestedProperties")) continue;
      const nested = this.model.getShape(member.target);
      if (nested?.type === "structure") return nested;
    }
    return declared;
  }
}
