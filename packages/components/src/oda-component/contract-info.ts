/**
 * What the ODA Component manifest needs from a contract, read from the Smithy model: the
 * `oda#specification`, `oda#restApi`, `oda#component`, `oda#hub` and `oda#calls` traits of its
 * service shape (models/oda/traits.smithy).
 */
import { isNodeObject, type Model, type NodeValue } from "@oda-codegen/smithy";

export interface SpecificationInfo {
  readonly sdo: string;
  readonly id: string;
  readonly name?: string;
  readonly version: string;
  readonly url?: string;
}

export interface ContractInfo {
  /** `namespace#Service`. */
  readonly shapeId: string;
  readonly serviceVersion?: string;
  readonly documentation?: string;
  readonly specification?: SpecificationInfo;
  readonly basePath?: string;
  readonly component?: {
    readonly id: string;
    readonly name: string;
    readonly functionalBlock?: string;
  };
  /** Event structure names the hub publishes, e.g. `ServiceCreateEvent`. */
  readonly hubEvents: readonly string[];
  /** The contracts the model says an implementation calls (`oda#calls`). */
  readonly calls: readonly string[];
}

export class ContractInfoError extends Error {
  override readonly name = "ContractInfoError";
}

const str = (value: NodeValue | undefined): string | undefined =>
  typeof value === "string" ? value : undefined;

/** The contract's traits; throws ContractInfoError when the model has no such service. */
export function contractInfo(model: Model, shapeId: string): ContractInfo {
  const shape = model.getShape(shapeId);
  if (!shape || shape.type !== "service")
    throw new ContractInfoError(`the model has no service ${shapeId}`);
  const trait = (id: string) => shape.traits.get(id);
  const spec = trait("oda#specification");
  const rest = trait("oda#restApi");
  const component = trait("oda#component");
  const hub = trait("oda#hub");
  const calls = trait("oda#calls");
  return {
    shapeId,
    ...(shape.version ? { serviceVersion: shape.version } : {}),
    ...(str(trait("smithy.api#documentation"))
      ? { documentation: str(trait("smithy.api#documentation")) }
      : {}),
    ...(isNodeObject(spec)
      ? {
          specification: {
            sdo: str(spec.sdo) ?? "",
            id: str(spec.id) ?? "",
            version: str(spec.version) ?? "",
            ...(str(spec.name) ? { name: str(spec.name) } : {}),
            ...(str(spec.url) ? { url: str(spec.url) } : {}),
          },
        }
      : {}),
    ...(isNodeObject(rest) && str(rest.basePath) ? { basePath: str(rest.basePath) } : {}),
    ...(isNodeObject(component)
      ? {
          component: {
            id: str(component.id) ?? "",
            name: str(component.name) ?? "",
            ...(str(component.functionalBlock)
              ? { functionalBlock: str(component.functionalBlock) }
              : {}),
          },
        }
      : {}),
    hubEvents:
      isNodeObject(hub) && Array.isArray(hub.events)
        ? hub.events
            .map((e) => (isNodeObject(e) ? str(e.event) : undefined))
            .filter((e): e is string => e !== undefined)
            .map((id) => id.slice(id.indexOf("#") + 1))
        : [],
    calls: Array.isArray(calls) ? calls.filter((c): c is string => typeof c === "string") : [],
  };
}
