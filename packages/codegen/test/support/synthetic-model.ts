/**
 * A synthetic service of about `shapeCount` shapes, for the codegen time curve: structures with
 * constrained members, enums, lists, maps and unions, reached from operations in groups of ten.
 */
import type { Model } from "@oda-codegen/smithy";
import { ModelBuilder, m } from "./model-builder";

export function syntheticModel(shapeCount: number): Model {
  const b = new ModelBuilder("bench.synthetic");
  const groups = Math.max(1, Math.round(shapeCount / 10));
  const operations: string[] = [];
  for (let g = 0; g < groups; g++) {
    // Ten shapes per group: 6 structures, an enum, a list, a map, a union; plus an operation.
    b.enum(`Kind${g}`, { A: "a", B: "b", C: "c" });
    b.list(`Items${g}`, m(`Item${g}`), { length: { max: 100 } });
    b.map(`Attrs${g}`, m("String", { length: { min: 1, max: 32 } }), m("String"));
    b.union(`Choice${g}`, { text: m("String"), item: m(`Item${g}`), count: m("Integer") });
    b.structure(`Item${g}`, {
      id: m("String", { required: {}, pattern: "^[a-z0-9-]+$" }),
      name: m("String", { length: { min: 1, max: 64 } }),
      kind: m(`Kind${g}`),
      quantity: m("Integer", { range: { min: 0, max: 1000 } }),
      createdAt: m("Timestamp"),
    });
    b.structure(`Detail${g}`, {
      note: m("String"),
      score: m("Double"),
      attrs: m(`Attrs${g}`),
      previous: g > 0 ? m(`Detail${g - 1}`) : m("String"),
    });
    b.structure(`Record${g}`, {
      id: m("String", { required: {} }),
      items: m(`Items${g}`),
      detail: m(`Detail${g}`),
      choice: m(`Choice${g}`),
      active: m("Boolean", { default: true }),
    });
    b.structure(`Op${g}Input`, { record: m(`Record${g}`, { required: {} }), dryRun: m("Boolean") });
    b.structure(`Op${g}Output`, { record: m(`Record${g}`), warnings: m(`Items${g}`) });
    b.structure(`Op${g}Failed`, { message: m("String"), code: m("Integer") }, { error: "client" });
    b.operation(`Op${g}`, { input: `Op${g}Input`, output: `Op${g}Output`, errors: [`Op${g}Failed`] });
    operations.push(`Op${g}`);
  }
  b.service("SyntheticService", { operations });
  return b.build();
}
