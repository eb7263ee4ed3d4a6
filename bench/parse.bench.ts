/**
 * `npm run bench:parse`: Smithy IDL → assembled model on a large generated model (≥ 5 MB of IDL
 * with traits, mixins, resources and doc comments), against JSON.parse of the same model's JSON
 * AST, in one run; plus heap figures. Writes its section of bench/RESULTS.md.
 * Goal: IDL → model within 2× of JSON.parse (acceptance: 4×).
 */
import * as v8 from "node:v8";
import * as vm from "node:vm";
import { assembleModel, formatJsonAst, loadJsonAst, parseIdl } from "@oda-codegen/smithy";
import { percentile, writeResultsSection } from "./support/results";

const TARGET_BYTES = Number(process.env.BENCH_IDL_BYTES ?? 5.5 * 2 ** 20);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);

v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc") as () => void;

/** One "domain" per namespace: a mixin, a resource with CRUD operations and their shapes. */
function generateNamespace(i: number): string {
  const ns = `example.domain${i}`;
  const R = `Widget${i}`;
  return `$version: "2.0"

namespace ${ns}

use smithy.api#String

/// Common properties shared by every ${R} structure.
/// They come from a mixin so that each shape does not repeat them.
@mixin
structure ${R}Common {
    /// When the ${R} was created.
    @required
    createdAt: Timestamp

    /// Free-form labels.
    @length(min: 0, max: 50)
    tags: TagList${i}
}

@length(min: 1, max: 100)
list TagList${i} {
    member: String
}

/// A ${R} resource with a full lifecycle.
@externalDocumentation(Guide: "https://example.com/widgets")
resource ${R} {
    identifiers: { ${R[0]!.toLowerCase()}${R.slice(1)}Id: ${R}Id }
    properties: { name: String, size: Integer, colour: Colour${i} }
    create: Create${R}
    read: Get${R}
    update: Update${R}
    delete: Delete${R}
    list: List${R}s
}

@pattern("^[a-z0-9-]{1,64}$")
string ${R}Id

/// The colour of a ${R}.
enum Colour${i} {
    /// Red, as in the flag.
    RED = "red"
    GREEN = "green"
    BLUE = "blue"
}

/// Creates a ${R}.
@http(method: "POST", uri: "/widgets${i}", code: 201)
operation Create${R} {
    input := for ${R} with [${R}Common] {
        /// The name, unique within an account.
        @required
        $name
        $size
        $colour
    }
    output := for ${R} with [${R}Common] {
        @required
        $${R[0]!.toLowerCase()}${R.slice(1)}Id
        $name
    }
    errors: [ValidationError${i}, ConflictError${i}]
}

@readonly
@http(method: "GET", uri: "/widgets${i}/{${R[0]!.toLowerCase()}${R.slice(1)}Id}")
operation Get${R} {
    input := for ${R} {
        @required
        @httpLabel
        $${R[0]!.toLowerCase()}${R.slice(1)}Id
    }
    output := for ${R} with [${R}Common] {
        $name
        $size
        $colour
    }
    errors: [NotFoundError${i}]
}

@idempotent
@http(method: "PUT", uri: "/widgets${i}/{${R[0]!.toLowerCase()}${R.slice(1)}Id}")
operation Update${R} {
    input := for ${R} {
        @required
        @httpLabel
        $${R[0]!.toLowerCase()}${R.slice(1)}Id
        $name
        $size = 1
    }
    output := {}
    errors: [NotFoundError${i}, ValidationError${i}]
}

@idempotent
@http(method: "DELETE", uri: "/widgets${i}/{${R[0]!.toLowerCase()}${R.slice(1)}Id}")
operation Delete${R} {
    input := for ${R} {
        @required
        @httpLabel
        $${R[0]!.toLowerCase()}${R.slice(1)}Id
    }
    output := {}
}

@readonly
@paginated(inputToken: "nextToken", outputToken: "nextToken", items: "items", pageSize: "pageSize")
@http(method: "GET", uri: "/widgets${i}")
operation List${R}s {
    input := {
        @httpQuery("nextToken")
        nextToken: String
        @httpQuery("pageSize")
        @range(min: 1, max: 100)
        pageSize: Integer
    }
    output := {
        @required
        items: ${R}Summaries
        nextToken: String
    }
}

list ${R}Summaries {
    member: ${R}Summary
}

structure ${R}Summary with [${R}Common] {
    @required
    id: ${R}Id
    name: String
    @documentation("""
    A text block with documentation-like content for ${R}, spanning
    more than one line.
    """)
    note: String
}

/// The request was not valid.
@error("client")
@httpError(400)
structure ValidationError${i} {
    @required
    message: String
    fieldErrors: FieldErrors${i}
}

map FieldErrors${i} {
    key: String
    value: String
}

@error("client")
@httpError(404)
structure NotFoundError${i} {
    @required
    message: String
}

@error("client")
@httpError(409)
@retryable
structure ConflictError${i} {
    @required
    message: String
}

@title("Service ${i}")
service WidgetService${i} {
    version: "2026-01-01"
    resources: [${R}]
}
`;
}

function generateSources(targetBytes: number): { filename: string; text: string }[] {
  const sources: { filename: string; text: string }[] = [];
  let bytes = 0;
  for (let i = 0; bytes < targetBytes; i++) {
    const text = generateNamespace(i);
    sources.push({ filename: `domain${i}.smithy`, text });
    bytes += Buffer.byteLength(text);
  }
  return sources;
}

interface Timing {
  wall: number[];
  /** Process CPU time (all threads, GC helpers included): steadier than wall time on a shared machine. */
  cpu: number[];
}

function time(fn: () => void): Timing {
  fn(); // warm-up
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    gc();
    const start = performance.now();
    const startCpu = process.cpuUsage();
    fn();
    const usage = process.cpuUsage(startCpu);
    wall.push(performance.now() - start);
    cpu.push((usage.user + usage.system) / 1000);
  }
  const up = (a: number, b: number) => a - b;
  return { wall: wall.sort(up), cpu: cpu.sort(up) };
}

/** Heap after the run minus heap before (after a GC): an upper bound of the peak working set. */
function heapGrowth(fn: () => unknown): { peakMb: number; retainedMb: number } {
  gc();
  const before = v8.getHeapStatistics().used_heap_size;
  let keep: unknown = fn();
  const peak = v8.getHeapStatistics().used_heap_size - before;
  gc();
  const retained = v8.getHeapStatistics().used_heap_size - before;
  keep = undefined;
  void keep;
  return { peakMb: peak / 2 ** 20, retainedMb: retained / 2 ** 20 };
}

const mb = (n: number) => (n / 2 ** 20).toFixed(2);
const ms = (n: number) => n.toFixed(1);

const sources = generateSources(TARGET_BYTES);
if (process.env.BENCH_DUMP_SOURCES) {
  // For profiling: write the generated sources as JSON and stop.
  require("node:fs").writeFileSync(process.env.BENCH_DUMP_SOURCES, JSON.stringify(sources));
  process.exit(0);
}
const idlBytes = sources.reduce((n, s) => n + Buffer.byteLength(s.text), 0);
/** The JSON AST of the generated model; the model itself is dropped so that it does not weigh on GC. */
function referenceJson(): { jsonText: string; shapeCount: number } {
  const reference = assembleModel({ sources, validate: false });
  const failures = reference.events.filter((e) => e.severity === "ERROR" || e.severity === "DANGER");
  if (failures.length > 0) {
    console.error("The generated model does not load cleanly:", failures.slice(0, 5));
    process.exit(1);
  }
  return { jsonText: formatJsonAst(reference.model!), shapeCount: reference.model!.shapes.size };
}
const { jsonText, shapeCount } = referenceJson();

const idlToModel = time(() => void assembleModel({ sources, validate: false }));
const idlParseOnly = time(() => void sources.map((s) => parseIdl(s.filename, s.text)));
const jsonParse = time(() => void JSON.parse(jsonText));
const jsonToModel = time(() => void assembleModel({ sources: [{ filename: "model.json", text: jsonText }], validate: false }));
const jsonLoadOnly = time(() => void loadJsonAst("model.json", jsonText));
const idlHeap = heapGrowth(() => assembleModel({ sources, validate: false }));
const jsonHeap = heapGrowth(() => JSON.parse(jsonText));

const median = (xs: number[]) => percentile(xs, 50);
const ratio = median(idlToModel.wall) / median(jsonParse.wall);
const cpuRatio = median(idlToModel.cpu) / median(jsonParse.cpu);
const rows = [
  ["IDL → model (parse + assemble, no validators)", idlToModel],
  ["  of which IDL parse only (tokenize + parse)", idlParseOnly],
  ["JSON.parse of the same model's JSON AST", jsonParse],
  ["JSON AST → model (JSON.parse + load + assemble)", jsonToModel],
  ["  of which JSON AST load only (JSON.parse + walk)", jsonLoadOnly],
] as const;
const table = [
  "| step | median ms | p90 ms | median CPU ms | MB/s of input |",
  "| --- | ---: | ---: | ---: | ---: |",
  ...rows.map(([name, t]) => {
    const input = name.startsWith("IDL") || name.includes("IDL parse") ? idlBytes : Buffer.byteLength(jsonText);
    const mbs = (input / 2 ** 20 / (median(t.wall) / 1000)).toFixed(1);
    return `| ${name} | ${ms(median(t.wall))} | ${ms(percentile(t.wall, 90))} | ${ms(median(t.cpu))} | ${mbs} |`;
  }),
].join("\n");
const body = `Input: ${sources.length} generated IDL files, ${mb(idlBytes)} MB of IDL (traits, mixins, resources with
\`for\` elision, inline input/output, doc comments, text blocks), ${shapeCount} shapes with the prelude;
the same model as JSON AST is ${mb(Buffer.byteLength(jsonText))} MB. ${RUNS} timed runs after one warm-up, GC between runs.

${table}

**IDL → model / JSON.parse = ${ratio.toFixed(2)}×** by wall time, ${cpuRatio.toFixed(2)}× by CPU time (acceptance ≤ 4×, goal ≤ 2×).

Heap (V8 used heap, after a GC before the run): IDL → model grows the heap by ${idlHeap.peakMb.toFixed(0)} MB at the end
of the run and retains ${idlHeap.retainedMb.toFixed(0)} MB (the model); JSON.parse grows it by ${jsonHeap.peakMb.toFixed(0)} MB
and retains ${jsonHeap.retainedMb.toFixed(0)} MB. The growth at the end of the run includes garbage not yet collected,
so it is an upper bound of the peak working set.`;
console.log(body);
writeResultsSection("parse", "Smithy parse: IDL → model vs JSON.parse", body);
