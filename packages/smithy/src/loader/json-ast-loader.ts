/**
 * The Smithy JSON AST loader: JSON.parse (fast, and iterative, so deep input cannot overflow),
 * then a walk over the known levels of the document into the same LoadedFile the IDL gives.
 * https://smithy.io/2.0/spec/json-ast.html
 */
import { isNodeObject, type NodeObject, type NodeValue } from "../model/node-value";
import { isIdentifier, parseShapeId } from "../model/shape-id";
import type { ShapeType } from "../model/shape";
import type { SourceLocation } from "../model/source-location";
import { Severity, type ValidationEvent } from "../model/validation-event";
import { MAX_NESTING_LEVEL } from "./idl-node-parser";
import { additionalPropertiesMessage, RESOURCE_PROPERTIES, SERVICE_PROPERTIES, SHAPE_TYPES } from "./idl-shape-parser";
import { emptyLoadedFile, type LoadedFile, type MemberDef, type Ref, type ShapeDef, type TraitApplication } from "./load-ops";
import { firstJsonErrorOffset } from "./json-syntax";
import { SourceText } from "./source-text";

const TOP_LEVEL = ["metadata", "shapes", "smithy"];
const MEMBER_PROPERTIES = ["target", "traits"];
const COMMON = ["mixins", "traits", "type"];
const PROPERTIES_BY_TYPE: Partial<Record<ShapeType | "apply", string[]>> = {
  list: ["member", ...COMMON],
  set: ["member", ...COMMON],
  map: ["key", "value", ...COMMON],
  structure: ["members", ...COMMON],
  union: ["members", ...COMMON],
  enum: ["members", ...COMMON],
  intEnum: ["members", ...COMMON],
  operation: ["input", "output", "errors", ...COMMON],
  resource: [...RESOURCE_PROPERTIES, "mixins", "traits"],
  service: [...SERVICE_PROPERTIES, "mixins", "traits"],
  apply: ["traits", "type"],
};

export function nodeTypeName(value: NodeValue | undefined): string {
  if (value === null || value === undefined) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value === "object" ? "object" : typeof value;
}

/** Loads one JSON AST document. Never throws for bad input: problems become events. */
export function loadJsonAst(filename: string, text: string): LoadedFile {
  const file = emptyLoadedFile(filename, "json");
  file.version = "2.0";
  const source = new SourceText(filename, text);
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    const offset = firstJsonErrorOffset(text);
    file.events.push(modelError(source.location(offset), `Error parsing JSON: ${(e as Error).message}`));
    return file;
  }
  new JsonAstWalker(file, source).load(doc);
  return file;
}

function modelError(location: SourceLocation, message: string, shapeId?: string, severity: Severity = Severity.ERROR): ValidationEvent {
  return { id: "Model", severity, message, sourceLocation: location, ...(shapeId ? { shapeId } : {}) };
}

class JsonAstWalker {
  private cursor = 0;
  private readonly fileLocation: SourceLocation;

  constructor(
    private readonly file: LoadedFile,
    private readonly source: SourceText,
  ) {
    this.fileLocation = { filename: file.filename, line: 1, column: 1 };
  }

  private error(message: string, shapeId?: string, location = this.fileLocation): void {
    this.file.events.push(modelError(location, message, shapeId));
  }

  private warn(message: string, shapeId?: string, location = this.fileLocation): void {
    this.file.events.push(modelError(location, message, shapeId, Severity.WARNING));
  }

  /** Best-effort location of a quoted key: the next occurrence after the previous one found. */
  private locate(key: string): SourceLocation {
    const needle = JSON.stringify(key);
    const at = this.source.text.indexOf(needle, this.cursor);
    if (at < 0) return this.fileLocation;
    this.cursor = at + needle.length;
    return this.source.location(at);
  }

  load(doc: unknown): void {
    if (!isNodeObject(doc as NodeValue)) {
      this.error(`Expected a JSON object at the top level of a Smithy JSON AST model; found ${nodeTypeName(doc as NodeValue)}`);
      return;
    }
    const root = doc as NodeObject;
    this.checkProperties(root, TOP_LEVEL, undefined, this.fileLocation);
    const version = root["smithy"];
    if (typeof version !== "string") {
      this.error(`Expected \`smithy\` to be a string version number; found ${nodeTypeName(version)}`);
      return;
    }
    if (version === "1" || version === "1.0") this.file.version = "1.0";
    else if (version === "2" || version === "2.0") this.file.version = "2.0";
    else {
      this.error(`Unsupported Smithy version number: ${version}`);
      return;
    }
    const metadata = root["metadata"];
    if (metadata !== undefined) {
      if (!isNodeObject(metadata)) this.error(`Expected \`metadata\` to be an object; found ${nodeTypeName(metadata)}`);
      else {
        for (const [key, value] of Object.entries(metadata)) {
          const location = this.locate(key);
          if (this.checkDepth(value, location)) this.file.metadata.push({ key, value, location });
        }
      }
    }
    const shapes = root["shapes"];
    if (shapes === undefined) return;
    if (!isNodeObject(shapes)) {
      this.error(`Expected \`shapes\` to be an object; found ${nodeTypeName(shapes)}`);
      return;
    }
    for (const [id, body] of Object.entries(shapes)) this.loadShape(id, body);
  }

  private checkProperties(node: NodeObject, allowed: readonly string[], shapeId: string | undefined, location: SourceLocation): void {
    const extra = Object.keys(node).filter((k) => !allowed.includes(k));
    if (extra.length > 0) this.warn(additionalPropertiesMessage(allowed, extra), shapeId, location);
  }

  /** Trait values and metadata deeper than the IDL's limit are refused, without recursion. */
  private checkDepth(value: NodeValue, location: SourceLocation): boolean {
    const stack: [NodeValue, number][] = [[value, 0]];
    while (stack.length > 0) {
      const [v, depth] = stack.pop()!;
      if (v === null || typeof v !== "object") continue;
      if (depth >= MAX_NESTING_LEVEL) {
        this.error(`Node value exceeds the maximum allowed depth of ${MAX_NESTING_LEVEL}`, undefined, location);
        return false;
      }
      for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, depth + 1]);
    }
    return true;
  }

  private loadShape(id: string, body: NodeValue): void {
    const location = this.locate(id);
    const parsed = parseShapeId(id);
    if (!parsed) {
      this.error(`Invalid shape ID: ${id}`, undefined, location);
      return;
    }
    if (!isNodeObject(body)) {
      this.error(`Expected shape \`${id}\` to be an object; found ${nodeTypeName(body)}`, id, location);
      return;
    }
    const typeName = body["type"];
    if (typeName === "apply") {
      this.checkProperties(body, PROPERTIES_BY_TYPE.apply!, id, location);
      this.loadTraits(id, body["traits"], location);
      return;
    }
    const type = typeof typeName === "string" ? SHAPE_TYPES.get(typeName) : undefined;
    if (!type) {
      this.error(`Invalid shape \`type\`: ${JSON.stringify(typeName ?? null)}`, id, location);
      return;
    }
    if (parsed.member !== undefined) {
      this.error(`Shapes of type \`${type}\` cannot contain a member in their shape ID. Found \`${id}\``, id, location);
      return;
    }
    this.checkProperties(body, PROPERTIES_BY_TYPE[type] ?? COMMON, id, location);
    const def: ShapeDef = { id, type, location, file: this.file, members: [], mixins: [] };
    def.mixins = this.refList(body, "mixins", id) ?? [];
    switch (type) {
      case "list":
      case "set":
        this.loadMember(def, "member", body["member"]);
        break;
      case "map":
        this.loadMember(def, "key", body["key"]);
        this.loadMember(def, "value", body["value"]);
        break;
      case "structure":
      case "union":
      case "enum":
      case "intEnum": {
        const members = body["members"];
        if (members !== undefined) {
          if (!isNodeObject(members)) this.error(`Expected \`members\` to be an object; found ${nodeTypeName(members)}`, id, location);
          else for (const [name, member] of Object.entries(members)) this.loadMember(def, name, member);
        }
        break;
      }
      case "operation":
        def.input = this.ref(body, "input", id);
        def.output = this.ref(body, "output", id);
        def.errors = this.refList(body, "errors", id);
        break;
      case "resource":
        for (const key of ["create", "put", "read", "update", "delete", "list"] as const) def[key] = this.ref(body, key, id);
        def.operations = this.refList(body, "operations", id);
        def.collectionOperations = this.refList(body, "collectionOperations", id);
        def.resources = this.refList(body, "resources", id);
        def.identifiers = this.refMap(body, "identifiers", id);
        def.properties = this.refMap(body, "properties", id);
        break;
      case "service": {
        const version = body["version"];
        if (typeof version === "string") def.serviceVersion = version;
        def.operations = this.refList(body, "operations", id);
        def.resources = this.refList(body, "resources", id);
        def.errors = this.refList(body, "errors", id);
        const rename = body["rename"];
        if (isNodeObject(rename)) {
          def.rename = Object.entries(rename).filter((e): e is [string, string] => typeof e[1] === "string");
        }
        break;
      }
      default:
        break;
    }
    this.file.shapes.push(def);
    this.loadTraits(id, body["traits"], location, def);
  }

  private loadMember(def: ShapeDef, name: string, body: NodeValue | undefined): void {
    if (body === undefined) return;
    const memberId = `${def.id}$${name}`;
    const location = this.locate(name);
    if (!isNodeObject(body)) {
      this.error(`Expected member \`${memberId}\` to be an object; found ${nodeTypeName(body)}`, memberId, location);
      return;
    }
    if (!isIdentifier(name)) {
      this.error(`Invalid member name: ${name}`, def.id, location);
      return;
    }
    this.checkProperties(body, MEMBER_PROPERTIES, memberId, location);
    const member: MemberDef = { id: memberId, name, location };
    const target = body["target"];
    if (typeof target === "string") member.target = target;
    else if (target !== undefined) this.error(`Expected \`target\` to be a string; found ${nodeTypeName(target)}`, memberId, location);
    def.members.push(member);
    this.loadTraits(memberId, body["traits"], location, member);
  }

  /** Traits go on their definition when there is one, in the file's list for `apply`. */
  private loadTraits(target: string, traits: NodeValue | undefined, location: SourceLocation, owner?: { traits?: TraitApplication[] }): void {
    if (traits === undefined) return;
    if (!isNodeObject(traits)) {
      this.error(`Expected \`traits\` to be an object; found ${nodeTypeName(traits)}`, target, location);
      return;
    }
    for (const [trait, value] of Object.entries(traits)) {
      if (!parseShapeId(trait)) {
        this.error(`Invalid shape ID: ${trait}`, target, location);
        continue;
      }
      if (!this.checkDepth(value, location)) continue;
      const list = owner ? (owner.traits ??= []) : this.file.traits;
      list.push({ target, trait, value, annotation: false, location, file: this.file });
    }
  }

  /** `{"target": "ns#Id"}`. */
  private refObject(value: NodeValue, key: string, shapeId: string, inList: boolean): Ref | undefined {
    if (!isNodeObject(value)) {
      this.error(
        inList ? `Expected object, but found ${nodeTypeName(value)}.` : `Expected \`${key}\` to be an object; found ${nodeTypeName(value)}`,
        shapeId,
      );
      return undefined;
    }
    const target = value["target"];
    if (typeof target !== "string") {
      this.error(`Expected \`target\` of \`${key}\` to be a string; found ${nodeTypeName(target)}`, shapeId);
      return undefined;
    }
    return target;
  }

  private ref(body: NodeObject, key: string, shapeId: string): Ref | undefined {
    const value = body[key];
    return value === undefined ? undefined : this.refObject(value, key, shapeId, false);
  }

  private refList(body: NodeObject, key: string, shapeId: string): Ref[] | undefined {
    const value = body[key];
    if (value === undefined) return undefined;
    if (!Array.isArray(value)) {
      this.error(`Expected \`${key}\` to be an array; found ${nodeTypeName(value)}`, shapeId);
      return undefined;
    }
    const refs: Ref[] = [];
    for (const item of value) {
      const r = this.refObject(item, key, shapeId, true);
      if (r !== undefined) refs.push(r);
    }
    return refs;
  }

  private refMap(body: NodeObject, key: string, shapeId: string): [string, Ref][] | undefined {
    const value = body[key];
    if (value === undefined) return undefined;
    if (!isNodeObject(value)) {
      this.error(`Expected \`${key}\` to be an object; found ${nodeTypeName(value)}`, shapeId);
      return undefined;
    }
    const refs: [string, Ref][] = [];
    for (const [name, item] of Object.entries(value)) {
      const r = this.refObject(item, key, shapeId, false);
      if (r !== undefined) refs.push([name, r]);
    }
    return refs;
  }
}
