/**
 * The shipped contracts: they validate cleanly, and every service in them has its generated folder.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { assembleModel, isFailure, isPreludeId, nameOf } from "@oda-codegen/smithy";
import { kebabCase } from "../../packages/codegen/src/names";

const ROOT = path.resolve(__dirname, "..", "..");
const result = assembleModel({ paths: [path.join(ROOT, "models")] });

/** Operations bound to a service directly or through its resources, recursively. */
function operationsOf(id: string): string[] {
  const shape = result.model!.getShape(id);
  if (!shape) return [];
  if (shape.type === "service") return [...shape.operations, ...shape.resources.flatMap(operationsOf)];
  if (shape.type !== "resource") return [];
  const lifecycle = [shape.create, shape.put, shape.read, shape.update, shape.delete, shape.list];
  return [
    ...lifecycle.filter((op): op is string => op !== undefined),
    ...shape.operations,
    ...shape.collectionOperations,
    ...shape.resources.flatMap(operationsOf),
  ];
}

describe("models/", () => {
  it("loads and validates with no ERROR or DANGER event and no warning", () => {
    const problems = result.events
      .filter((e) => isFailure(e) || e.severity === "WARNING")
      .map((e) => `${e.sourceLocation.filename}:${e.sourceLocation.line}: ${e.severity} [${e.id}] ${e.message}`);
    expect(problems).toEqual([]);
    expect(result.model).toBeDefined();
  });

  it("has the Catalyst's contracts", () => {
    const services = result.model!.shapesOfType("service").map((s) => s.id).filter((id) => !isPreludeId(id));
    expect(services).toEqual(
      expect.arrayContaining([
        "oda.tmf638#ServiceInventory",
        "oda.tmf637#ProductInventory",
        "oda.tmf620#ProductCatalog",
        "oda.ccs.chf#ConvergedCharging",
        "oda.ccs.rf#Rating",
        "oda.ccs.abmf#BalanceManagement",
      ]),
    );
  });

  it("every service is generated into generated/<service>/ with an index and, for REST, an OpenAPI file", () => {
    for (const service of result.model!.shapesOfType("service")) {
      if (isPreludeId(service.id)) continue;
      const folder = path.join(ROOT, "generated", kebabCase(nameOf(service.id)));
      expect(fs.existsSync(path.join(folder, "index.ts"))).toBe(true);
      const hasHttp = operationsOf(service.id).some((op) => result.model!.getShape(op)?.traits.has("smithy.api#http"));
      if (hasHttp) expect(fs.existsSync(path.join(folder, "openapi.json"))).toBe(true);
    }
  });
});
