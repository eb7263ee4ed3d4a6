/**
 * TMF Open API events (TMF630 notifications; TMF638 v4 `ServiceCreateEvent`,
 * `ServiceAttributeValueChangeEvent`, `ServiceStateChangeEvent`, `ServiceDeleteEvent`): the
 * envelope, and which events a change of a resource raises.
 */
import { randomUUID } from "node:crypto";

export const EventKind = {
  CREATE: "Create",
  ATTRIBUTE_VALUE_CHANGE: "AttributeValueChange",
  STATE_CHANGE: "StateChange",
  DELETE: "Delete",
} as const;
export type EventKind = (typeof EventKind)[keyof typeof EventKind];

/** The v4 envelope; `event` holds the resource under its lower-camel name, e.g. `{ service }`. */
export interface TmfEvent {
  readonly eventId: string;
  /** ISO 8601 date-time. */
  readonly eventTime: string;
  /** The schema name, e.g. `ServiceCreateEvent` (TMF638 v5 examples). */
  readonly eventType: string;
  /** For attribute value changes: the changed top-level attributes, comma-separated. */
  readonly fieldPath?: string;
  readonly event: Readonly<Record<string, unknown>>;
}

/** `buildEvent("Service", "Create", service)` → a ServiceCreateEvent carrying `{ service }`. */
export function buildEvent(
  resourceType: string,
  kind: EventKind,
  resource: unknown,
  options: { fieldPath?: string; now?: Date; eventId?: string } = {},
): TmfEvent {
  const key = resourceType[0].toLowerCase() + resourceType.slice(1);
  return {
    eventId: options.eventId ?? randomUUID(),
    eventTime: (options.now ?? new Date()).toISOString(),
    eventType: `${resourceType}${kind}Event`,
    ...(options.fieldPath !== undefined ? { fieldPath: options.fieldPath } : {}),
    event: { [key]: resource },
  };
}

/**
 * The events an update raises (TMF638 checklist: PATCH publishes an attribute value change with
 * `fieldPath`, and a state change when `state` changed). No event when nothing changed.
 */
export function changeEvents(
  resourceType: string,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  now?: Date,
): TmfEvent[] {
  const changed = [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))
    .sort();
  if (changed.length === 0) return [];
  const events = [
    buildEvent(resourceType, EventKind.ATTRIBUTE_VALUE_CHANGE, after, {
      fieldPath: changed.join(","),
      now,
    }),
  ];
  if (changed.includes("state"))
    events.push(buildEvent(resourceType, EventKind.STATE_CHANGE, after, { now }));
  return events;
}
