/**
 * Diff events as text (the reference's `[SEVERITY] shape: message | EventId`), JSON for tools,
 * and GitHub workflow annotations (`::error file=…,line=…,col=…::…`).
 */
import type { ValidationEvent } from "../model/validation-event";

export const DiffFormat = { TEXT: "text", JSON: "json", GITHUB: "github" } as const;
export type DiffFormat = (typeof DiffFormat)[keyof typeof DiffFormat];

export function formatDiffEvent(event: ValidationEvent): string {
  const reason = event.suppressionReason ? ` (${event.suppressionReason})` : "";
  return `[${event.severity}] ${event.shapeId ?? "-"}: ${event.message}${reason} | ${event.id}`;
}

export function formatDiffJson(events: readonly ValidationEvent[]): string {
  return JSON.stringify(
    events.map((e) => ({
      id: e.id,
      severity: e.severity,
      shapeId: e.shapeId ?? null,
      message: e.message,
      ...(e.suppressionReason ? { suppressionReason: e.suppressionReason } : {}),
      sourceLocation: e.sourceLocation.filename ? e.sourceLocation : null,
    })),
    null,
    2,
  );
}

const LEVEL: Record<string, string | undefined> = {
  ERROR: "error",
  DANGER: "error",
  WARNING: "warning",
  NOTE: "notice",
};

/** https://docs.github.com/actions/reference/workflow-commands-for-github-actions */
function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/**
 * One annotation per event (suppressed ones are left out). `fileOf` maps an event's source file to
 * a path GitHub knows, or undefined when the file is not in the working tree (e.g. an old revision).
 */
export function formatDiffGithub(
  events: readonly ValidationEvent[],
  fileOf: (filename: string) => string | undefined,
): string {
  const lines: string[] = [];
  for (const e of events) {
    const level = LEVEL[e.severity];
    if (!level) continue;
    const props = [`title=${escapeProperty(e.id)}`];
    const file = e.sourceLocation.filename ? fileOf(e.sourceLocation.filename) : undefined;
    if (file !== undefined) {
      props.unshift(
        `file=${escapeProperty(file)}`,
        `line=${e.sourceLocation.line}`,
        `col=${e.sourceLocation.column}`,
      );
    }
    lines.push(
      `::${level} ${props.join(",")}::${escapeData(`[${e.severity}] ${e.shapeId ?? "-"}: ${e.message}`)}`,
    );
  }
  return lines.join("\n");
}
