/**
 * Our prelude is written from the specification; this checks it against the reference prelude:
 * the same shapes, types, members, mixins and trait values. Documentation is left out of ours
 * on purpose and is not compared.
 */
import * as fs from "node:fs";
import { describeWithReference } from "../../../test/support/reference";
import { assembleFiles, loadPrelude, parseIdl, type Shape } from "../src";
import type { TraitMap } from "../src/model/shape";

const DOCUMENTATION = "smithy.api#documentation";

function withoutDocs(traits: TraitMap): Record<string, unknown> {
  return Object.fromEntries([...traits].filter(([k]) => k !== DOCUMENTATION).sort(([a], [b]) => a.localeCompare(b)));
}

function summary(shape: Shape): object {
  return {
    type: shape.type,
    mixins: shape.mixins,
    traits: withoutDocs(shape.traits),
    members: [...shape.members.values()].map((m) => ({ name: m.name, target: m.target, traits: withoutDocs(m.traits) })),
  };
}

describe("our prelude", () => {
  it("assembles without events", () => {
    expect(loadPrelude().events).toEqual([]);
    expect(loadPrelude().shapes.get("smithy.api#String")?.type).toBe("string");
  });
});

describeWithReference("our prelude against the reference prelude", ["smithy-prelude", "prelude.smithy"], (file) => {
  const reference = assembleFiles([parseIdl(file, fs.readFileSync(file, "utf8"))], new Map());
  const ours = loadPrelude().shapes;

  it("has the same shapes", () => {
    expect(reference.events).toEqual([]);
    expect([...ours.keys()].sort()).toEqual([...reference.shapes.keys()].sort());
  });

  it("gives every shape the same type, members and trait values", () => {
    for (const [id, shape] of reference.shapes) {
      const mine = ours.get(id);
      expect({ id, ...summary(mine!) }).toEqual({ id, ...summary(shape) });
    }
  });
});
