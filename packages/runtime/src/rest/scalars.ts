/**
 * Strict conversions of scalar values shared by the JSON body codec and the header/query/label
 * binder: integer ranges, timestamps in Smithy's three formats, base64.
 * https://smithy.io/2.0/spec/protocol-traits.html#timestampformat-trait
 */
import type { RestShapeType, TimestampFormat } from "./schema";

/** A value could not be read; `path` locates it (`/member/0`), `where` names the HTTP location. */
export class SerializationError extends Error {
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(path ? `${message} at '${path}'` : message);
    this.name = "SerializationError";
  }
}

const INTEGER_RANGE: Partial<Record<RestShapeType, [number, number]>> = {
  byte: [-128, 127],
  short: [-32768, 32767],
  integer: [-2147483648, 2147483647],
  // JS numbers: the bounds compare as 2^63 within double precision.
  long: [-9223372036854775808, 9223372036854775807],
};

export function checkInteger(type: RestShapeType, n: number, path: string): number {
  if (!Number.isInteger(n)) throw new SerializationError(`expected an integer, got ${n}`, path);
  const range = INTEGER_RANGE[type === "intEnum" ? "integer" : type];
  if (range && (n < range[0] || n > range[1])) {
    throw new SerializationError(`${n} is out of range for ${type}`, path);
  }
  return n;
}

const INTEGER_TEXT = /^[+-]?\d+$/;
const DECIMAL_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Numbers in headers, query strings and labels; floats also take NaN/Infinity/-Infinity. */
export function parseNumberText(type: RestShapeType, text: string, path: string): number {
  const t = text.trim();
  if (type === "float" || type === "double") {
    if (t === "NaN") return NaN;
    if (t === "Infinity") return Infinity;
    if (t === "-Infinity") return -Infinity;
    if (!DECIMAL_TEXT.test(t)) throw new SerializationError(`'${text}' is not a number`, path);
    return Number(t);
  }
  if (!INTEGER_TEXT.test(t)) throw new SerializationError(`'${text}' is not an integer`, path);
  return checkInteger(type, Number(t), path);
}

export function parseBooleanText(text: string, path: string): boolean {
  if (text === "true") return true;
  if (text === "false") return false;
  throw new SerializationError(`'${text}' is not a boolean`, path);
}

// RFC 3339 in UTC only, as restJson1 servers must reject offsets.
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?[Zz]$/;
// The client side accepts offsets too (datetime-offsets tests).
const DATE_TIME_OFFSET = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
// IMF-fixdate, RFC 7231 section 7.1.1.1.
const HTTP_DATE = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{2}):(\d{2}):(\d{2})(\.\d+)? GMT$/;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

export function parseTimestampText(
  format: TimestampFormat,
  text: string,
  path: string,
  lenient = false,
): Date {
  if (format === "epoch-seconds") {
    if (!DECIMAL_TEXT.test(text) || /[eE]/.test(text)) {
      throw new SerializationError(`'${text}' is not epoch seconds`, path);
    }
    return epochSecondsToDate(Number(text), path);
  }
  if (format === "date-time") {
    const m = (lenient ? DATE_TIME_OFFSET : DATE_TIME).exec(text);
    if (!m) throw new SerializationError(`'${text}' is not an RFC 3339 date-time`, path);
    const date = new Date(text.toUpperCase());
    if (Number.isNaN(date.getTime()) || !fieldsValid(+m[2]!, +m[3]!, +m[4]!, +m[5]!, +m[6]!)) {
      throw new SerializationError(`'${text}' is not a valid date-time`, path);
    }
    return date;
  }
  const m = HTTP_DATE.exec(text);
  if (!m) throw new SerializationError(`'${text}' is not an HTTP date`, path);
  const month = MONTHS.indexOf(m[3]!);
  const fraction = m[8] ? Number(m[8]) : 0;
  const ms = Date.UTC(+m[4]!, month, +m[2]!, +m[5]!, +m[6]!, +m[7]!) + Math.round(fraction * 1000);
  if (!fieldsValid(month + 1, +m[2]!, +m[5]!, +m[6]!, +m[7]!)) {
    throw new SerializationError(`'${text}' is not a valid HTTP date`, path);
  }
  return new Date(ms);
}

function fieldsValid(month: number, day: number, hour: number, minute: number, second: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour <= 23 && minute <= 59 && second <= 60;
}

export function epochSecondsToDate(seconds: number, path: string): Date {
  if (!Number.isFinite(seconds)) throw new SerializationError(`${seconds} is not epoch seconds`, path);
  return new Date(Math.round(seconds * 1000));
}

export function formatTimestamp(format: TimestampFormat, date: Date): string | number {
  if (format === "epoch-seconds") return date.getTime() / 1000;
  if (format === "date-time") {
    const iso = date.toISOString();
    // Drop a zero millisecond part: `2019-12-16T23:48:18Z`, as Smithy's serializers do.
    return iso.endsWith(".000Z") ? iso.slice(0, -5) + "Z" : iso;
  }
  const pad = (n: number) => String(n).padStart(2, "0");
  const ms = date.getUTCMilliseconds();
  const fraction = ms ? "." + String(ms).padStart(3, "0").replace(/0+$/, "") : "";
  return (
    `${DAYS[date.getUTCDay()]}, ${pad(date.getUTCDate())} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} ` +
    `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}${fraction} GMT`
  );
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export function decodeBase64(text: string, path: string): Uint8Array {
  if (!BASE64.test(text)) throw new SerializationError("invalid base64", path);
  return new Uint8Array(Buffer.from(text, "base64"));
}

export function encodeBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64");
}

/** Float JSON form: numbers, or the strings restJson1 uses for non-finite values. */
export function floatToJson(n: number): number | string {
  if (Number.isNaN(n)) return "NaN";
  if (n === Infinity) return "Infinity";
  if (n === -Infinity) return "-Infinity";
  return n;
}
