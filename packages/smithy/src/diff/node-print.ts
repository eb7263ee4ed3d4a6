/**
 * Node values printed the way the reference's diff messages print them: pretty JSON with a
 * four-space indent, and "ticked" (in backticks, or a fenced block when it spans lines).
 */
import type { NodeValue } from "../model/node-value";

export function prettyJson(value: NodeValue): string {
  return JSON.stringify(value, null, 4);
}

export function compactJson(value: NodeValue): string {
  return JSON.stringify(value);
}

/** The reference's ValidationUtils.tickedPrettyPrintedNode. */
export function tickedNode(value: NodeValue): string {
  const pretty = prettyJson(value);
  if (pretty.includes("\n")) return `\n\`\`\`\n${pretty}\n\`\`\`\n`;
  if (pretty.length >= 2 && pretty.startsWith('"') && pretty.endsWith('"'))
    return `\`${pretty.slice(1, -1)}\``;
  return `\`${pretty}\``;
}
