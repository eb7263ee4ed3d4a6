/**
 * TraitTarget evaluates a trait's selector only from the shapes near the ones the trait is on
 * (selector/starts.ts). For any selector of bounded reach and any set of target shapes, that
 * finds exactly the targets that evaluating from every shape in the model finds.
 */
import fc from "fast-check";
import * as path from "node:path";
import { assembleModel } from "../../src";
import { ValidationContext } from "../../src/validators/core/context";
import type { ModelNode } from "../../src/validators/core/relationships";
import { selectFrom } from "../../src/validators/selector/evaluate";
import { parseSelector } from "../../src/validators/selector/parser";
import { maxNeighborSteps, startsWithin } from "../../src/validators/selector/starts";

const model = assembleModel({
  paths: [path.join(__dirname, "..", "..", "..", "..", "models")],
}).model!;
const ctx = new ValidationContext(model);
const nodes = ctx.nodes();

/** The prelude's own trait selectors, and paths that go forward, backward and through traits. */
const SELECTORS = [
  ...new Set(
    [...model.shapes.values()].flatMap((shape) => {
      const definition = shape.traits.get("smithy.api#trait") as { selector?: unknown } | undefined;
      return typeof definition?.selector === "string" ? [definition.selector] : [];
    }),
  ),
  "structure > member > string",
  "member < structure",
  "string :test(< member < structure)",
  ":is(operation -[input, output]-> structure > member, resource -[identifier]-> string)",
  "service -[operation]-> operation -[error]-> structure",
  "member :not(< union) > :is(list, map) > member",
  "[trait|documentation] > member",
  "structure -[trait]-> *",
];

describe("starts within a selector's reach", () => {
  it.each(SELECTORS.map((s) => [s]))("%s: same matches among the targets", (selector) => {
    const ast = parseSelector(selector);
    const steps = maxNeighborSteps(ast);
    expect(steps).toBeDefined();
    const everywhere = ctx.select(selector);
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: nodes.length - 1 }), { maxLength: 40 }),
        (picked) => {
          const targets: ModelNode[] = picked.map((i) => nodes[i]!);
          // Half the time, the targets are shapes the selector does match.
          const matching = [...everywhere].slice(0, picked.length);
          for (const list of [targets, matching]) {
            const near = selectFrom(ctx, ast, startsWithin(ctx, list, steps!));
            expect(list.filter((n) => near.has(n)).map((n) => n.id)).toEqual(
              list.filter((n) => everywhere.has(n)).map((n) => n.id),
            );
          }
        },
      ),
      { numRuns: 30 },
    );
  });
});
