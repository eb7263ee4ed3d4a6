/**
 * Objects of each kind that the IDL parser and the incremental assembler create for every model,
 * kept for the life of the process. V8 ties optimized code to hidden classes: when all the objects
 * of a hidden class are garbage (a model was built, then dropped) a full GC discards the class and
 * deoptimizes the code that checks for it, so the next model was parsed and built while ~90
 * functions were compiled again (about 8 % of its time, in a process that assembles models one after
 * the other or in a benchmark that collects between runs). The objects come from a small model of
 * every shape type, parsed and assembled once, on the first call: they hold no user model or text.
 */
import { assembleIncrementally, IncrementalAssembler } from "./assembler/incremental";
import { IdlParser, parseIdl } from "./loader/idl-parser";
import {
  IdlMemberDef,
  IdlShapeDef,
  IdlSyntacticIdRef,
  IdlTraitApplication,
  IdlTraitWithPendingId,
} from "./loader/load-ops";
import { loadPrelude } from "./prelude/prelude";

/**
 * Every shape type and the statements that add fields to a definition after it is created. Only
 * loaded, never validated (the validators would object to its resource bindings).
 */
const SAMPLE = `$version: "2.0"

namespace warm.classes

/// Documentation.
@mixin
structure Common {
    @required
    createdAt: Timestamp
}

resource Thing {
    identifiers: { thingId: String }
    properties: { name: String }
    create: CreateThing
    read: GetThing
    update: UpdateThing
    delete: DeleteThing
    list: ListThings
    operations: [Other]
    collectionOperations: [Other2]
    resources: [Child]
}

resource Child {}

operation CreateThing {
    input := for Thing with [Common] {
        @required
        $name
        size: Integer = 1
    }
    output := {}
    errors: [Failure]
}

@readonly
operation GetThing {
    input: GetThingInput
    output: Summary
}

@idempotent
operation UpdateThing {}

@idempotent
operation DeleteThing {}

@readonly
operation ListThings {}

operation Other {}

operation Other2 {}

operation Standalone {}

@input
structure GetThingInput {
    @required
    thingId: String
}

structure Summary with [Common] {
    names: Names
    tags: Tags
    kind: Kind
    level: Level
    choice: Choice
}

@length(min: 1, max: 10)
list Names {
    member: String
}

map Tags {
    key: String
    value: String
}

enum Kind {
    A = "a"
    B
}

intEnum Level {
    LOW = 1
}

union Choice {
    one: String
    two: Integer
}

@error("client")
structure Failure {
    message: String
}

service ThingService {
    version: "1"
    resources: [Thing]
    operations: [Standalone]
    errors: [Failure]
    rename: { "warm.classes#Standalone": "Alone" }
}
`;

function anchors(): readonly object[] {
  const parser = new IdlParser("warm-classes.smithy", "");
  const file = parser.file;
  const text = { filename: "warm-classes.smithy", text: SAMPLE };
  return [
    parser,
    new IncrementalAssembler(new Map()),
    new IdlTraitApplication("", "", null, "annotation", file, 0),
    new IdlTraitWithPendingId("", null, file, 0, { text: "", offset: 0 }),
    new IdlSyntacticIdRef([], 0, "", file, 0),
    new IdlMemberDef("", "", parser.tok.source, 0),
    new IdlShapeDef("", "structure", file, 0, [], []),
    // Definitions of every type, as parsed, and the shapes built from them.
    parseIdl(text.filename, text.text),
    sampleModel(text),
  ];
}

/** The sample's shapes; nothing when the prelude cannot be loaded (this is only an optimization). */
function sampleModel(text: { filename: string; text: string }): object {
  try {
    return assembleIncrementally([text], loadPrelude().shapes, parseIdl) ?? {};
  } catch {
    return {};
  }
}

let held: readonly object[] | undefined;

/**
 * Builds the objects on the first call and returns them. assembleModel calls it so that they stay
 * reachable from its code: a module-level value that no function uses may be dropped once the
 * module has loaded (a bundler may inline it).
 */
export function warmClasses(): readonly object[] {
  return (held ??= anchors());
}
