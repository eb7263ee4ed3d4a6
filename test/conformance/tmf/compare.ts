/**
 * Compares an official specification with our export, both in the common form. One check per
 * specification item: a path and method, a status code, a parameter, a body, a schema property
 * (presence, JSON type, `date-time`, required-ness), an enum value. Schemas are matched by following
 * bodies from the same path, method and status, then property by property — never by name, except
 * for definitions no path reaches.
 */
import { describeNode, type NormalApi, type OperationForm, type ParameterForm, type SchemaForm, type TypeNode } from "./normal-form";

export interface CheckResult {
  /** Stable key of the specification item, as the allow-list names it. */
  item: string;
  /** Empty when the check passed. */
  problems: string[];
}

export interface Comparison {
  results: CheckResult[];
  /** What ours adds (paths, methods, statuses, optional properties) and Documents standing for spec objects; not checks. */
  notes: string[];
}

export function compareApis(official: NormalApi, ours: NormalApi): Comparison {
  const results: CheckResult[] = [];
  const notes = new Set<string>();
  const note = (text: string): void => void notes.add(text);
  const pairs = new Map<string, [string, string]>();
  const enqueue = (spec: string, our: string): void => {
    if (!pairs.has(`${spec}\u0000${our}`)) pairs.set(`${spec}\u0000${our}`, [spec, our]);
  };
  const check = (item: string, problems: string[]): void => void results.push({ item, problems });

  for (const [path, methods] of Object.entries(official.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const where = `${method.toUpperCase()} ${path}`;
      const mine = ours.paths[path]?.[method];
      check(`path ${where}`, mine ? [] : ["not in our export"]);
      if (mine) compareOperation(where, op, mine, check, { enqueue, note });
    }
  }
  for (const [path, methods] of Object.entries(ours.paths)) {
    for (const method of Object.keys(methods)) if (!official.paths[path]?.[method]) note(`extra path ${method.toUpperCase()} ${path}`);
  }
  const done = new Set<string>();
  const drain = (): void => {
    for (const [key, [spec, our]] of pairs) {
      if (done.has(key)) continue;
      done.add(key);
      compareSchemas(official.schemas[spec]!, ours.schemas[our], check, { enqueue, note }); // may enqueue more
    }
  };
  drain();
  // Definitions no path reaches, even through properties: compared with our schema of the same
  // name (which may reach further definitions); the rest are reported.
  const reached = (): Set<string> => new Set([...pairs.values()].map(([spec]) => spec));
  const unreached = (official.definitions ?? []).filter((name) => official.schemas[name] !== undefined && !reached().has(name));
  for (const name of unreached) {
    if (reached().has(name) || !ours.schemas[name]) continue;
    check(`schema ${name}`, []);
    enqueue(name, name);
    drain();
  }
  const finallyReached = reached();
  for (const name of unreached) {
    if (!finallyReached.has(name)) check(`schema ${name}`, ["no path uses it and our export has no schema of that name"]);
  }
  return { results, notes: [...notes] };
}

type Check = (item: string, problems: string[]) => void;

interface Context {
  /** Queues a pair of named schemas (spec, ours) for comparison. */
  enqueue: (spec: string, our: string) => void;
  note: (text: string) => void;
}

function compareOperation(where: string, op: OperationForm, mine: OperationForm, check: Check, ctx: Context): void {
  compareParameters(`param ${where}`, op.parameters, mine.parameters, check);
  if (op.requestBody) check(`body ${where} request`, compareNodes(op.requestBody, mine.requestBody, ctx, `body ${where} request`));
  for (const status of Object.keys(mine.responses)) if (!(status in op.responses)) ctx.note(`extra status ${where} ${status}`);
  for (const [status, response] of Object.entries(op.responses)) {
    const other = mine.responses[status];
    check(`status ${where} ${status}`, other ? [] : ["not in our export"]);
    if (!other) continue;
    if (response.body) check(`body ${where} ${status}`, compareNodes(response.body, other.body, ctx, `body ${where} ${status}`));
    compareParameters(`header ${where} ${status}`, response.headers, other.headers, check);
  }
}

function compareParameters(prefix: string, spec: Record<string, ParameterForm>, ours: Record<string, ParameterForm>, check: Check): void {
  for (const [key, param] of Object.entries(spec)) {
    const other = ours[key];
    const problems: string[] = [];
    if (!other) problems.push("not in our export");
    else {
      if (other.type !== param.type) problems.push(`type ${param.type} in the spec, ${other.type} in ours`);
      if (other.required !== param.required) problems.push(`required ${param.required} in the spec, ${other.required} in ours`);
    }
    check(`${prefix} ${key}`, problems);
  }
}

/** Problems of `ours` standing for `spec` (at `where`); named objects and enums are queued for comparison. */
function compareNodes(spec: TypeNode, ours: TypeNode | undefined, ctx: Context, where: string): string[] {
  if (!ours) return [`${describeNode(spec)} in the spec, no body in ours`];
  if (spec.type === "any") return [];
  // A Document where the spec has an object: a member we do not model (passed through untouched).
  if (ours.type === "any" && spec.type === "object") {
    ctx.note(`document ${where}: ${describeNode(spec)} in the spec, an untyped Document in ours`);
    return [];
  }
  if (spec.alternatives) {
    const match = spec.alternatives.find((a) => a.type === ours.type && (a.name === undefined || a.name === ours.name)) ??
      spec.alternatives.find((a) => a.type === ours.type);
    if (!match) return [`one of ${spec.alternatives.map(describeNode).join(" | ")} in the spec, ${describeNode(ours)} in ours`];
    return compareNodes(match, ours, ctx, where);
  }
  if (spec.type !== ours.type) return [`${describeNode(spec)} in the spec, ${describeNode(ours)} in ours`];
  if (spec.format === "date-time" && ours.format !== "date-time") return [`date-time in the spec, ${describeNode(ours)} in ours`];
  if (spec.type === "array") return compareNodes(spec.items ?? { type: "any" }, ours.items ?? { type: "any" }, ctx, `${where}[]`).map((p) => `items: ${p}`);
  if (spec.name !== undefined) {
    if (ours.name === undefined) {
      return spec.type === "object" ? [`object ${spec.name} in the spec, an object without properties in ours`] : [];
    }
    ctx.enqueue(spec.name, ours.name);
  }
  return [];
}

function compareSchemas(spec: SchemaForm, ours: SchemaForm | undefined, check: Check, ctx: Context): void {
  if (!ours) return;
  const label = spec.name === ours.name ? "" : ` (ours: ${ours.name})`;
  for (const value of spec.enumValues ?? []) {
    const present = (ours.enumValues ?? []).includes(value);
    check(`enum ${spec.name} ${JSON.stringify(value)}`, present ? [] : [`value not in ours${label}`]);
  }
  for (const [prop, p] of Object.entries(spec.properties)) {
    const other = ours.properties[prop];
    const problems: string[] = [];
    if (!other) problems.push(`not in ours${label}`);
    else {
      problems.push(...compareNodes(p.node, other.node, ctx, `schema ${spec.name}.${prop}`).map((x) => x + label));
      if (other.required !== p.required) problems.push(`${p.required ? "required" : "optional"} in the spec, ${other.required ? "required" : "optional"} in ours${label}`);
    }
    check(`schema ${spec.name}.${prop}`, problems);
  }
  for (const [prop, other] of Object.entries(ours.properties)) {
    if (prop in spec.properties) continue;
    if (other.required) check(`schema ${spec.name}.${prop}`, [`required in ours${label}, not in the spec`]);
    else ctx.note(`extra property ${spec.name}.${prop}${label}`);
  }
}
