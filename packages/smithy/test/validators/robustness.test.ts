/**
 * Validators must never throw: every model of the Smithy corpus (including those that fail to
 * load, whose partial models are still validated here) must produce events, not crashes.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { assembleModel } from "../../src";
import { validateModel } from "../../src/validators";
import { describeWithReference } from "../../../../test/support/reference";

function modelFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? modelFiles(path.join(dir, e.name)) : [path.join(dir, e.name)],
    )
    .filter((f) => /\.(smithy|json)$/.test(f));
}

describeWithReference("validators on the whole corpus", ["smithy-idl-corpus"], (corpus) => {
  it("never crash, even on models that failed to load", () => {
    const crashes: string[] = [];
    let validated = 0;
    for (const file of ["errorfiles", "loader", "selector"].flatMap((d) =>
      modelFiles(path.join(corpus, d)),
    )) {
      const { model } = assembleModel({ paths: [file], validate: false });
      if (!model) continue;
      validated++;
      for (const event of validateModel(model, { legacyValidationMode: true })) {
        if (/^Validator \w+ failed:/.test(event.message))
          crashes.push(`${path.relative(corpus, file)}: ${event.message}`);
      }
    }
    expect(validated).toBeGreaterThan(500);
    expect(crashes).toEqual([]);
  });
});
