/**
 * Smithy's selector compliance cases: each file carries `metadata selectorTests` with a selector
 * and the shape ids it must match. Loaded through assembleModel, evaluated with our selector engine.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { assembleModel } from "../../src";
import { isNodeObject } from "../../src/model/node-value";
import { isPreludeId } from "../../src/model/shape-id";
import { ValidationContext } from "../../src/validators/core/context";
import { describeWithReference } from "../../../../test/support/reference";

/** Known gaps of our engine, as acorn keeps a list of known test262 failures. */
const KNOWN_FAILURES = new Set<string>([]);

describeWithReference("selector compliance", ["smithy-idl-corpus", "selector", "cases"], (dir) => {
  for (const file of fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".smithy"))
    .sort()) {
    const { model, events } = assembleModel({ paths: [path.join(dir, file)], validate: false });
    const tests = model?.metadata.get("selectorTests");
    const list = Array.isArray(tests) ? tests.filter(isNodeObject) : [];
    describe(file, () => {
      it("loads", () => {
        expect(events.filter((e) => e.severity === "ERROR")).toEqual([]);
        expect(list.length).toBeGreaterThan(0);
      });
      list.forEach((test, index) => {
        const selector = String(test["selector"]);
        const name = `${file} #${index}: ${selector}`;
        const run = KNOWN_FAILURES.has(name) ? it.skip : it;
        run(name, () => {
          const ctx = new ValidationContext(model!);
          const skipPrelude = test["skipPreludeShapes"] === true;
          const actual = [...ctx.select(selector)]
            .map((n) => n.id)
            .filter((id) => !skipPrelude || !isPreludeId(id))
            .sort();
          const expected = (Array.isArray(test["matches"]) ? test["matches"] : [])
            .map(String)
            .sort();
          expect(ctx.selector(selector)).not.toBeInstanceOf(Error);
          expect(actual).toEqual(expected);
        });
      });
    });
  }
});
