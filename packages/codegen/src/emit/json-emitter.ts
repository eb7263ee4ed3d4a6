/**
 * Emits the JSON half of a codec: `xToJson` (TypeScript value → JSON data model with Smithy member
 * names) and `readX` (the inverse). Reading is lenient: what it cannot convert it passes through,
 * so that one validation pass afterwards reports every problem of the input together.
 * https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html#shape-serialization (the JSON forms)
 */
import { UNIT, isPreludeId, type MemberShape, type NodeValue, type Shape } from "@oda-codegen/smithy";
import { literal } from "../names";
import type { GenContext } from "../view-model/context";
import { TRAIT, defaultOf, isRequired, timestampFormatOf } from "../view-model/traits";
import type { EmitState } from "./emit-state";

/** Simple types whose TypeScript value is already its JSON form. */
const PLAIN_TO_JSON = new Set(["string", "boolean", "byte", "short", "integer", "long", "bigDecimal", "document", "enum", "intEnum"]);
const PLAIN_READ = new Set(["string", "boolean", "byte", "short", "integer", "long", "document", "enum", "intEnum"]);

export class JsonEmitter {
  private readonly plainCache = new Map<string, boolean>();

  constructor(
    private readonly ctx: GenContext,
    private readonly state: EmitState,
  ) {}

  /** True when a value of this shape needs no conversion in either direction. */
  isPlain(id: string, direction: "toJson" | "read"): boolean {
    if (id === UNIT) return true;
    const key = `${direction} ${id}`;
    const cached = this.plainCache.get(key);
    if (cached !== undefined) return cached;
    this.plainCache.set(key, false); // recursion through lists and maps ends at structures
    const shape = this.ctx.shape(id);
    let plain: boolean;
    if (shape.type === "list" || shape.type === "set") plain = this.isPlain(shape.members.get("member")!.target, direction);
    else if (shape.type === "map") plain = this.isPlain(shape.members.get("value")!.target, direction);
    else if (shape.type === "structure" && direction === "read") {
      // Nothing to convert and no default to fill in: the JSON object already is the value
      // (unknown members pass through; validation ignores them, as Smithy requires).
      plain = [...shape.members.values()].every((m) => defaultOf(m) === undefined && this.isPlain(m.target, "read"));
    } else plain = (direction === "toJson" ? PLAIN_TO_JSON : PLAIN_READ).has(shape.type);
    this.plainCache.set(key, plain);
    return plain;
  }

  /** Whether `shape` gets its own `xToJson` / `readX` function. */
  needsFunction(shape: Shape, direction: "toJson" | "read"): boolean {
    if (isPreludeId(shape.id)) return false;
    if (shape.type === "structure") return direction === "toJson" || !this.isPlain(shape.id, "read");
    if (shape.type === "union") return true;
    return (shape.type === "list" || shape.type === "set" || shape.type === "map") && !this.isPlain(shape.id, direction);
  }

  toJsonExpr(targetId: string, member: MemberShape | undefined, expr: string): string {
    if (this.isPlain(targetId, "toJson")) return targetId === UNIT ? "{}" : expr;
    const target = this.ctx.shape(targetId);
    switch (target.type) {
      case "timestamp": {
        const format = timestampFormatOf(member, target);
        if (format === "date-time") return `${expr}.toISOString()`;
        if (format === "http-date") return `${expr}.toUTCString()`;
        return `${expr}.getTime() / 1000`;
      }
      case "blob":
        this.state.use("toBase64");
        return `toBase64(${expr})`;
      case "bigInteger":
        return `${expr}.toString()`;
      case "float":
      case "double":
        this.state.use("floatToJson");
        return `floatToJson(${expr})`;
      default:
        return `${this.ctx.stem(targetId)}ToJson(${expr})`;
    }
  }

  readExpr(targetId: string, member: MemberShape | undefined, expr: string): string {
    if (this.isPlain(targetId, "read")) return expr;
    const target = this.ctx.shape(targetId);
    const helper = (name: "readEpochSeconds" | "readDateString" | "readBase64" | "readBigInt" | "readFloat" | "readDecimal") => {
      this.state.use(name);
      return `${name}(${expr})`;
    };
    switch (target.type) {
      case "timestamp":
        return helper(timestampFormatOf(member, target) === "epoch-seconds" ? "readEpochSeconds" : "readDateString");
      case "blob":
        return helper("readBase64");
      case "bigInteger":
        return helper("readBigInt");
      case "bigDecimal":
        return helper("readDecimal");
      case "float":
      case "double":
        return helper("readFloat");
      default:
        return `read${this.ctx.typeName(targetId)}(${expr})`;
    }
  }

  /** A `@default` value as a TypeScript expression of the member's type. */
  defaultExpr(member: MemberShape, value: NodeValue): string {
    const target = this.ctx.shape(member.target);
    switch (target.type) {
      case "timestamp":
        return typeof value === "number" ? `new Date(${value * 1000})` : `new Date(${literal(String(value))})`;
      case "blob":
        this.state.use("readBase64");
        return `readBase64(${literal(String(value))}) as Uint8Array`;
      case "bigInteger":
        return `BigInt(${literal(String(value))})`;
      case "bigDecimal":
        return literal(String(value));
      default:
        return JSON.stringify(value);
    }
  }

  toJsonFunction(shape: Shape): string {
    const name = `${this.ctx.stem(shape.id)}ToJson`;
    const type = this.ctx.typeOf(shape.id);
    if (shape.type === "structure" && shape.members.size === 0) {
      return `function ${name}(_value: ${type}): ${this.ctx.jsonValue} {\nreturn {};\n}`;
    }
    return `function ${name}(value: ${type}): ${this.ctx.jsonValue} {\n${this.toJsonBody(shape).join("\n")}\n}`;
  }

  private toJsonBody(shape: Shape): string[] {
    const sparse = shape.traits.has(TRAIT.sparse);
    switch (shape.type) {
      case "structure": {
        const lines = [`const json: { [key: string]: ${this.ctx.jsonValue} } = {};`];
        for (const member of shape.members.values()) {
          const access = `value.${member.name}`;
          const converted = this.toJsonExpr(member.target, member, access);
          if (isRequired(member) && defaultOf(member) === undefined) lines.push(`json.${member.name} = ${converted};`);
          else lines.push(`if (${access} !== undefined) json.${member.name} = ${converted};`);
        }
        lines.push(`return json;`);
        return lines;
      }
      case "union": {
        const lines: string[] = [];
        for (const member of shape.members.values()) {
          const access = `value.${member.name}`;
          lines.push(`if (${access} !== undefined) return { ${member.name}: ${this.toJsonExpr(member.target, member, access)} };`);
        }
        lines.push(`return { [value.$unknown[0]]: value.$unknown[1] };`);
        return lines;
      }
      case "list":
      case "set": {
        const member = shape.members.get("member")!;
        const converted = this.toJsonExpr(member.target, member, "item");
        return [`return value.map((item) => ${sparse ? `(item === null ? null : ${converted})` : converted});`];
      }
      case "map": {
        const member = shape.members.get("value")!;
        const converted = this.toJsonExpr(member.target, member, "item");
        return [
          `const json: { [key: string]: ${this.ctx.jsonValue} } = {};`,
          `for (const [key, item] of Object.entries(value)) json[key] = ${sparse ? `item === null ? null : ${converted}` : converted};`,
          `return json;`,
        ];
      }
      default:
        throw new Error(`No toJson function for ${shape.type}`);
    }
  }

  readFunction(shape: Shape): string {
    return `function read${this.ctx.typeName(shape.id)}(json: unknown): unknown {\n${this.readBody(shape).join("\n")}\n}`;
  }

  private readBody(shape: Shape): string[] {
    switch (shape.type) {
      case "structure": {
        this.state.use("isObject");
        const lines = [`if (!isObject(json)) return json;`, `const value: Record<string, unknown> = {};`];
        for (const member of shape.members.values()) {
          const access = `json.${member.name}`;
          const present = `${access} != null`;
          const converted = this.readExpr(member.target, member, access);
          const fallback = defaultOf(member);
          if (fallback !== undefined) {
            lines.push(`value.${member.name} = ${present} ? ${converted} : ${this.defaultExpr(member, fallback)};`);
          } else {
            lines.push(`if (${present}) value.${member.name} = ${converted};`);
          }
        }
        lines.push(`return value;`);
        return lines;
      }
      case "union": {
        this.state.use("isObject");
        const lines = [
          `if (!isObject(json)) return json;`,
          `const keys = Object.keys(json).filter((key) => json[key] != null);`,
          `if (keys.length !== 1) return json;`,
          `const key = keys[0] as string;`,
          `const item = json[key];`,
          `switch (key) {`,
        ];
        for (const member of shape.members.values()) {
          lines.push(`case ${literal(member.name)}:`, `return { ${member.name}: ${this.readExpr(member.target, member, "item")} };`);
        }
        lines.push(`default:`, `return { $unknown: [key, item] };`, `}`);
        return lines;
      }
      case "list":
      case "set": {
        const member = shape.members.get("member")!;
        return [`if (!Array.isArray(json)) return json;`, `return json.map((item: unknown) => ${this.readExpr(member.target, member, "item")});`];
      }
      case "map": {
        this.state.use("isObject");
        const member = shape.members.get("value")!;
        return [
          `if (!isObject(json)) return json;`,
          `const value: Record<string, unknown> = {};`,
          `for (const key in json) value[key] = ${this.readExpr(member.target, member, "json[key]")};`,
          `return value;`,
        ];
      }
      default:
        throw new Error(`No read function for ${shape.type}`);
    }
  }
}
