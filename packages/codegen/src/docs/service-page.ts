/**
 * The view model of one service's documentation page: overview, one section per operation (HTTP
 * binding, native subject, input/output/error tables) and the shapes the operations reach. Every
 * decision and every escape happens here; templates/docs/service.hbs only lays the page out.
 */
import {
  UNIT,
  isNodeObject,
  nameOf,
  namespaceOf,
  type MemberShape,
  type Model,
  type OperationShape,
  type ServiceShape,
  type Shape,
} from "@oda-codegen/smithy";
import { HTTP_TRAIT, ODA_TRAIT } from "../rest/traits";
import { collectClosure } from "../view-model/closure";
import { cell, code, firstSentence, MARKDOWN_HEADER, paragraph, Slugger } from "./markdown";
import {
  constraintsOf,
  DOC_TRAIT,
  documentationOf,
  enumValues,
  httpLocation,
  typeLabel,
  type ShapeLinker,
} from "./member-facts";

export interface MemberRow {
  readonly name: string;
  readonly type: string;
  readonly required: string;
  readonly http: string;
  readonly constraints: string;
  readonly doc: string;
}

export interface MembersTable {
  /** Show the HTTP column (members of an `@http` operation). */
  readonly http: boolean;
  readonly rows: readonly MemberRow[];
}

export interface ErrorRow {
  readonly name: string;
  readonly status: string;
  readonly fault: string;
  readonly doc: string;
}

export interface OperationSection {
  readonly name: string;
  readonly link: string;
  readonly doc: string;
  readonly summary: string;
  readonly http: string;
  readonly subject: string;
  readonly traits: string;
  readonly input?: MembersTable;
  readonly output?: MembersTable;
  readonly errors: readonly ErrorRow[];
}

export interface ShapeSection {
  readonly name: string;
  readonly id: string;
  readonly kind: string;
  readonly doc: string;
  readonly members?: MembersTable;
  readonly values?: readonly { name: string; value: string; doc: string }[];
  readonly constraints: string;
}

export interface ShapeGroup {
  readonly title: string;
  readonly count: number;
  /** Collapsed behind `<details>` when long, so the page stays readable. */
  readonly collapse: boolean;
  readonly shapes: readonly ShapeSection[];
  /** Lists, maps and simple types: one table row each, no heading. */
  readonly rows?: readonly {
    name: string;
    kind: string;
    definition: string;
    constraints: string;
    doc: string;
  }[];
}

export interface ServicePage {
  readonly header: string;
  readonly name: string;
  readonly facts: readonly { label: string; value: string }[];
  readonly doc: string;
  readonly http: boolean;
  readonly operations: readonly OperationSection[];
  readonly serviceErrors: readonly ErrorRow[];
  readonly groups: readonly ShapeGroup[];
}

/** Groups longer than this many shapes start collapsed. */
const COLLAPSE_AFTER = 8;

const HEADING_SHAPES = new Set(["structure", "union", "enum", "intEnum"]);

function httpBinding(
  op: OperationShape,
): { method: string; uri: string; code: number } | undefined {
  const http = op.traits.get(HTTP_TRAIT.http);
  if (!isNodeObject(http) || typeof http.method !== "string" || typeof http.uri !== "string")
    return undefined;
  return {
    method: http.method,
    uri: http.uri,
    code: typeof http.code === "number" ? http.code : 200,
  };
}

function faultOf(shape: Shape | undefined): string {
  const fault = shape?.traits.get(HTTP_TRAIT.error);
  return typeof fault === "string" ? fault : "";
}

function errorStatus(shape: Shape | undefined): string {
  const status = shape?.traits.get(HTTP_TRAIT.httpError);
  if (typeof status === "number") return String(status);
  const fault = faultOf(shape);
  return fault === "client" ? "400" : fault === "server" ? "500" : "";
}

export function buildServicePage(model: Model, service: ServiceShape): ServicePage {
  const closure = collectClosure(model, service);
  const shapeOf = (id: string) => model.getShape(id);
  const serviceName = nameOf(service.id);
  const ioIds = new Set<string>();
  for (const op of closure.operations)
    for (const id of [op.input, op.output]) if (id !== UNIT) ioIds.add(id);
  const errorIds = new Set<string>([
    ...closure.serviceErrors,
    ...closure.operations.flatMap((op) => op.errors),
  ]);

  // Headings in document order, so that anchors match GitHub's (repeats get -1, -2, …).
  const slugger = new Slugger();
  slugger.slug(serviceName);
  slugger.slug("Operations");
  const opAnchors = new Map(closure.operations.map((op) => [op.id, slugger.slug(nameOf(op.id))]));
  if (closure.serviceErrors.length > 0) slugger.slug("Service errors");
  slugger.slug("Shapes");
  const documented = closure.shapes.filter((s) => !ioIds.has(s.id) || errorIds.has(s.id));
  const isHeadingShape = (s: Shape) => errorIds.has(s.id) || HEADING_SHAPES.has(s.type);
  const groupOrder: [string, (s: Shape) => boolean][] = [
    ["Errors", (s) => errorIds.has(s.id)],
    ["Structures", (s) => !errorIds.has(s.id) && s.type === "structure"],
    ["Unions", (s) => s.type === "union"],
    ["Enums", (s) => s.type === "enum" || s.type === "intEnum"],
    ["Lists and maps", (s) => s.type === "list" || s.type === "set" || s.type === "map"],
    ["Simple types", (s) => !isHeadingShape(s) && !["list", "set", "map"].includes(s.type)],
  ];
  const shapeAnchors = new Map<string, string>();
  const grouped = groupOrder
    .map(([title, test]) => ({ title, shapes: documented.filter(test) }))
    .filter((g) => g.shapes.length > 0);
  for (const group of grouped) {
    slugger.slug(group.title);
    for (const s of group.shapes)
      if (isHeadingShape(s)) shapeAnchors.set(s.id, slugger.slug(closure.nameOf(s.id)));
  }

  const link: ShapeLinker = (id) => {
    const anchor = shapeAnchors.get(id);
    return anchor ? `[${closure.nameOf(id)}](#${anchor})` : code(closure.nameOf(id));
  };
  const memberRow = (member: MemberShape, http: boolean): MemberRow => {
    const target = shapeOf(member.target);
    return {
      name: code(member.name),
      type: typeLabel(member.target, shapeOf, link),
      required: member.traits.has(DOC_TRAIT.required) ? "yes" : "",
      http: http ? httpLocation(member) : "",
      constraints: cell(constraintsOf(member, target).join(", ")),
      doc: cell(documentationOf(member) ?? documentationOf(target)),
    };
  };
  const membersOf = (id: string, http: boolean): MembersTable | undefined => {
    const shape = shapeOf(id);
    if (id === UNIT || !shape || shape.members.size === 0) return undefined;
    return { http, rows: [...shape.members.values()].map((m) => memberRow(m, http)) };
  };
  const errorRow = (id: string): ErrorRow => ({
    name: link(id),
    status: errorStatus(shapeOf(id)),
    fault: faultOf(shapeOf(id)),
    doc: cell(firstSentence(documentationOf(shapeOf(id)))),
  });

  const operations = closure.operations.map((op): OperationSection => {
    const binding = httpBinding(op);
    const doc = documentationOf(op);
    const traits = [
      op.traits.has(DOC_TRAIT.readonly) ? "read-only" : undefined,
      op.traits.has(DOC_TRAIT.idempotent) ? "idempotent" : undefined,
      op.traits.has(DOC_TRAIT.deprecated) ? "**deprecated**" : undefined,
    ].filter((t) => t !== undefined);
    const input = membersOf(op.input, binding !== undefined);
    const output = membersOf(op.output, binding !== undefined);
    return {
      name: nameOf(op.id),
      link: `[${nameOf(op.id)}](#${opAnchors.get(op.id)!})`,
      doc: paragraph(doc),
      summary: cell(firstSentence(doc)),
      http: binding ? `${code(`${binding.method} ${binding.uri}`)} → ${binding.code}` : "",
      subject: code(`oda.<lattice>.${serviceName}.${nameOf(op.id)}`),
      traits: traits.join(", "),
      ...(input ? { input } : {}),
      ...(output ? { output } : {}),
      errors: op.errors.map(errorRow),
    };
  });

  const groups = grouped.map((g): ShapeGroup => {
    const headed = g.shapes.filter(isHeadingShape);
    const rows = g.shapes.filter((s) => !isHeadingShape(s));
    return {
      title: g.title,
      count: g.shapes.length,
      collapse: g.shapes.length > COLLAPSE_AFTER,
      shapes: headed.map((s): ShapeSection => {
        const members =
          s.type === "enum" || s.type === "intEnum" ? undefined : membersOf(s.id, false);
        return {
          name: closure.nameOf(s.id),
          id: code(s.id),
          kind: errorIds.has(s.id)
            ? `error (${faultOf(s) || "unmarked"}${errorStatus(s) ? `, HTTP ${errorStatus(s)}` : ""})`
            : s.type,
          doc: paragraph(documentationOf(s)),
          ...(members ? { members } : {}),
          ...(s.type === "enum" || s.type === "intEnum"
            ? {
                values: enumValues(s).map((v) => ({
                  name: code(v.name),
                  value: code(v.value),
                  doc: cell(v.doc),
                })),
              }
            : {}),
          constraints: cell(
            constraintsOf(undefined, s)
              .filter((c) => !c.startsWith("one of") && !/^\d+ values$/.test(c))
              .join(", "),
          ),
        };
      }),
      ...(rows.length > 0
        ? {
            rows: rows.map((s) => ({
              name: code(closure.nameOf(s.id)),
              kind: s.type,
              definition:
                s.type === "list" || s.type === "set" || s.type === "map"
                  ? typeLabel(s.id, shapeOf, link, 0)
                  : code(s.type),
              constraints: cell(constraintsOf(undefined, s).join(", ")),
              doc: cell(documentationOf(s)),
            })),
          }
        : {}),
    };
  });

  return {
    header: MARKDOWN_HEADER,
    name: serviceName,
    facts: serviceFacts(
      service,
      closure.operations.length,
      operations.some((op) => op.http !== ""),
    ),
    doc: paragraph(documentationOf(service)),
    http: operations.some((op) => op.http !== ""),
    operations,
    serviceErrors: closure.serviceErrors.map(errorRow),
    groups,
  };
}

function serviceFacts(
  service: ServiceShape,
  operationCount: number,
  http: boolean,
): { label: string; value: string }[] {
  const facts = [{ label: "Shape id", value: code(service.id) }];
  if (service.version) facts.push({ label: "Version", value: code(service.version) });
  const spec = service.traits.get("oda#specification");
  if (isNodeObject(spec)) {
    const title = [spec.sdo, spec.id, spec.name, spec.version]
      .filter((v) => typeof v === "string")
      .join(" ");
    facts.push({
      label: "Specification",
      value: typeof spec.url === "string" ? `[${cell(title)}](${spec.url})` : cell(title),
    });
  }
  const rest = service.traits.get(ODA_TRAIT.restApi);
  if (isNodeObject(rest) && typeof rest.basePath === "string")
    facts.push({ label: "REST base path", value: code(rest.basePath) });
  facts.push({
    label: "Native subjects",
    value: code(`oda.<lattice>.${nameOf(service.id)}.<Operation>`),
  });
  facts.push({ label: "Namespace", value: code(namespaceOf(service.id)) });
  facts.push({ label: "Operations", value: String(operationCount) });
  const files = ["[index.ts](index.ts)", ...(http ? ["[openapi.json](openapi.json)"] : [])];
  facts.push({ label: "Generated code", value: files.join(", ") });
  return facts;
}
