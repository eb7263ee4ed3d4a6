/**
 * Shape ids: `namespace#Name` and `namespace#Name$member`.
 * https://smithy.io/2.0/spec/model.html#shape-id
 */
// identifier = identifier_start *identifier_chars; identifier_start = *"_" ALPHA
const IDENTIFIER = /^_*[A-Za-z][A-Za-z0-9_]*$/;
const NAMESPACE = /^_*[A-Za-z][A-Za-z0-9_]*(\._*[A-Za-z][A-Za-z0-9_]*)*$/;

export const PRELUDE_NAMESPACE = "smithy.api";
export const UNIT = "smithy.api#Unit";

export interface ParsedShapeId {
  namespace: string;
  name: string;
  member?: string;
}

export function isIdentifier(text: string): boolean {
  return IDENTIFIER.test(text);
}

export function isNamespace(text: string): boolean {
  return NAMESPACE.test(text);
}

/** Parses an absolute shape id; returns undefined when it is not one. */
export function parseShapeId(text: string): ParsedShapeId | undefined {
  const hash = text.indexOf("#");
  if (hash < 0) return undefined;
  const namespace = text.slice(0, hash);
  const rest = text.slice(hash + 1);
  const dollar = rest.indexOf("$");
  const name = dollar < 0 ? rest : rest.slice(0, dollar);
  const member = dollar < 0 ? undefined : rest.slice(dollar + 1);
  if (!isNamespace(namespace) || !isIdentifier(name)) return undefined;
  if (member !== undefined && !isIdentifier(member)) return undefined;
  return member === undefined ? { namespace, name } : { namespace, name, member };
}

export function namespaceOf(id: string): string {
  return id.slice(0, id.indexOf("#"));
}

/** The name after `#`, without any member part. */
export function nameOf(id: string): string {
  const rest = id.slice(id.indexOf("#") + 1);
  const dollar = rest.indexOf("$");
  return dollar < 0 ? rest : rest.slice(0, dollar);
}

export function memberId(containerId: string, memberName: string): string {
  return `${containerId}$${memberName}`;
}

export function isPreludeId(id: string): boolean {
  return namespaceOf(id) === PRELUDE_NAMESPACE;
}

/**
 * The namespace of absolute id `id`, or undefined when it has none. `known`, the id's namespace
 * when the caller has it (an IDL file's), comes back as the same string: no new slice, and Map
 * lookups keyed by it hash a string they have seen before.
 */
export function namespaceIn(id: string, known?: string): string | undefined {
  if (
    known !== undefined &&
    id.length > known.length &&
    id.charCodeAt(known.length) === 35 && // "#"
    id.startsWith(known)
  ) {
    return known;
  }
  const hash = id.indexOf("#");
  return hash < 0 ? undefined : id.slice(0, hash);
}
