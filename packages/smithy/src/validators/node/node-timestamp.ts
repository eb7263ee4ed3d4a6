import type { NodeValue } from "../../model/node-value";
import type { MemberShape, Shape } from "../../model/shape";
import type { Emit } from "./node-validation";

/**
 * Timestamp node values: epoch seconds (a number) or an RFC 3339 date-time string with `Z`, or
 * what a `@timestampFormat` trait requires. https://smithy.io/2.0/spec/protocol-traits.html#timestampformat-trait
 */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const HTTP_DATE =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;
const FORMAT = "smithy.api#timestampFormat";

function nodeType(value: NodeValue): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value === "object" ? "object" : typeof value;
}

function validDateTime(text: string): boolean {
  if (!DATE_TIME.test(text)) return false;
  const month = Number(text.slice(5, 7));
  const day = Number(text.slice(8, 10));
  const hour = Number(text.slice(11, 13));
  const minute = Number(text.slice(14, 16));
  const second = Number(text.slice(17, 19));
  return (
    month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour < 24 && minute < 60 && second < 60
  );
}

export function checkTimestamp(
  shape: Shape | MemberShape,
  type: string,
  value: NodeValue,
  emit: Emit,
  referringMember: MemberShape | undefined,
): void {
  if (type !== "timestamp") return;
  let format: NodeValue | undefined;
  if (shape.type === "timestamp") {
    // A referring member with its own format decides instead.
    if (referringMember?.traits.has(FORMAT)) return;
    format = shape.traits.get(FORMAT);
  } else if (shape.type === "member" && shape.traits.has(FORMAT)) {
    format = shape.traits.get(FORMAT);
  } else return;

  const dateTime = (): void => {
    if (typeof value !== "string") {
      emit('Expected a string value for a date-time timestamp (e.g., "1985-04-12T23:20:50.52Z")');
    } else if (!validDateTime(value)) {
      emit(
        `Invalid string value, \`${value}\`, provided for timestamp, \`${shape.id}\`. Expected an RFC 3339 formatted timestamp (e.g., "1985-04-12T23:20:50.52Z")`,
      );
    }
  };
  switch (format) {
    case undefined:
      if (typeof value === "number") return;
      if (typeof value === "string") return dateTime();
      return emit(
        `Invalid ${nodeType(value)} value provided for timestamp, \`${shape.id}\`. Expected a number that contains epoch seconds with optional millisecond precision, or a string that contains an RFC 3339 formatted timestamp (e.g., "1985-04-12T23:20:50.52Z")`,
      );
    case "date-time":
      return dateTime();
    case "epoch-seconds":
      if (typeof value !== "number") {
        emit(
          `Invalid ${nodeType(value)} value provided for a timestamp with a \`epoch-seconds\` format.`,
        );
      }
      return;
    case "http-date":
      if (typeof value !== "string" || !HTTP_DATE.test(value)) {
        const found = typeof value === "string" ? value : nodeType(value);
        emit(
          `Invalid value provided for http-date formatted timestamp. Expected a string value that matches the IMF-fixdate production of RFC 9110 section-5.6.7. Found: ${found}`,
        );
      }
      return;
    default:
      return;
  }
}
