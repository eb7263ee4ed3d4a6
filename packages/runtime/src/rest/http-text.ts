/**
 * Values bound to headers, query strings and labels: text forms of scalars and lists.
 * Headers default timestamps to http-date, query strings and labels to date-time; header lists
 * are comma-separated with quoted strings (RFC 9110 section 5.6); `@mediaType` strings in
 * headers travel base64-encoded.
 * https://smithy.io/2.0/spec/http-bindings.html#httpheader-trait
 */
import type { RestMember, RestServiceSchema, TimestampFormat } from "./schema";
import { shapeOf } from "./json-codec";
import {
  SerializationError,
  decodeBase64,
  encodeBase64,
  floatToJson,
  formatTimestamp,
  parseBooleanText,
  parseNumberText,
  parseTimestampText,
} from "./scalars";

export type TextLocation = "header" | "query" | "label";

function defaultFormat(where: TextLocation): TimestampFormat {
  return where === "header" ? "http-date" : "date-time";
}

/** Reads one scalar from its text form. */
export function readText(
  schema: RestServiceSchema,
  member: RestMember,
  text: string,
  where: TextLocation,
  path: string,
): unknown {
  const shape = shapeOf(schema, member.target);
  switch (shape.type) {
    case "string":
    case "enum":
      if (where === "header" && shape.mediaType) {
        return Buffer.from(decodeBase64(text, path)).toString("utf8");
      }
      return text;
    case "boolean":
      return parseBooleanText(text, path);
    case "byte":
    case "short":
    case "integer":
    case "long":
    case "float":
    case "double":
    case "intEnum":
      return parseNumberText(shape.type, text, path);
    case "bigInteger":
      if (!/^-?\d+$/.test(text)) throw new SerializationError(`'${text}' is not an integer`, path);
      return BigInt(text);
    case "bigDecimal":
      return text;
    case "timestamp":
      return parseTimestampText(member.timestampFormat ?? shape.timestampFormat ?? defaultFormat(where), text, path);
    case "blob":
      return decodeBase64(text, path);
    case "document":
      return text;
    default:
      throw new SerializationError(`a ${shape.type} cannot be bound to a ${where}`, path);
  }
}

/** Writes one scalar as text. */
export function writeText(schema: RestServiceSchema, member: RestMember, value: unknown, where: TextLocation): string {
  const shape = shapeOf(schema, member.target);
  switch (shape.type) {
    case "string":
    case "enum":
      return where === "header" && shape.mediaType
        ? encodeBase64(new TextEncoder().encode(String(value)))
        : String(value);
    case "float":
    case "double":
      return String(floatToJson(value as number));
    case "timestamp":
      return String(
        formatTimestamp(member.timestampFormat ?? shape.timestampFormat ?? defaultFormat(where), value as Date),
      );
    case "blob":
      return encodeBase64(value as Uint8Array);
    default:
      return String(value);
  }
}

/** The list element member when `member` targets a list, else undefined. */
export function listElement(schema: RestServiceSchema, member: RestMember): RestMember | undefined {
  const shape = shapeOf(schema, member.target);
  return shape.type === "list" ? shape.member : undefined;
}

/** Splits a header list value: commas outside quotes; http-date items contain one comma each. */
export function splitHeaderList(schema: RestServiceSchema, element: RestMember, text: string): string[] {
  const shape = shapeOf(schema, element.target);
  const format = element.timestampFormat ?? shape.timestampFormat ?? "http-date";
  if (shape.type === "timestamp" && format === "http-date") {
    const parts = text.split(",").map((p) => p.trim());
    const out: string[] = [];
    for (let i = 0; i + 1 < parts.length; i += 2) out.push(`${parts[i]}, ${parts[i + 1]}`);
    return out;
  }
  const out: string[] = [];
  let current = "";
  let quoted = false;
  let wasQuoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === "\\" && i + 1 < text.length) current += text[++i];
      else if (ch === '"') quoted = false;
      else current += ch;
    } else if (ch === '"' && current.trim() === "") {
      quoted = wasQuoted = true;
      current = "";
    } else if (ch === ",") {
      out.push(wasQuoted ? current : current.trim());
      current = "";
      wasQuoted = false;
    } else {
      current += ch;
    }
  }
  out.push(wasQuoted ? current : current.trim());
  return out;
}

/** Joins header list items, quoting strings that contain a comma or a double quote. */
export function joinHeaderList(schema: RestServiceSchema, element: RestMember, items: readonly unknown[]): string {
  const shape = shapeOf(schema, element.target);
  return items
    .map((item) => {
      const text = writeText(schema, element, item, "header");
      if ((shape.type === "string" || shape.type === "enum") && /[,"]/.test(text)) {
        return `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
      }
      return text;
    })
    .join(", ");
}
