/**
 * One TMF managed-entity collection (`/service`, `/product`, `/productOffering`, …) written once
 * for every TMF component: create with a server-assigned id, retrieve, list with attribute
 * filters, `fields`, `offset`/`limit` and the counts, JSON Merge Patch, delete, and the hub
 * events each change raises. Everything is derived from the generated REST schema of the
 * service (`Create<Resource>` names the create and resource shapes, the resource shape names
 * its path), so a component only says which resource and which events.
 *
 * `href`: the REST adapter builds it from the request's base URL when the back end leaves it
 * out, so it is not stored. With `hrefBase` (the public URL of the REST front end) every answer
 * and event carries the absolute href; without it, events carry the path-absolute href
 * (`/tmf-api/…/service/{id}`) and native answers none.
 */
import { randomUUID } from "node:crypto";
import type { RestServiceSchema } from "@oda-codegen/runtime";
import { shapeOf } from "@oda-codegen/runtime/src/rest/json-codec";
import { validateStructure, validationSummary } from "@oda-codegen/runtime/src/rest/validate";
import { EventKind, buildEvent, type TmfEvent } from "../events";
import {
  StoreError,
  StoreErrorCode,
  UPDATE_MAX_ATTEMPTS,
  type DocumentStore,
  type FieldFilter,
  type StoredDocument,
} from "../store";
import type { TmfErrors } from "./tmf-errors";
import {
  fromWire,
  mergePatch,
  patchToWire,
  selectAttributes,
  toWire,
  type JsonObject,
} from "./wire-form";

/** Where a collection's events go (a TmfHub). */
export interface EventSink {
  publish(event: TmfEvent): void;
}

export interface TmfCollectionSpec {
  /** The generated REST schema of the service (e.g. `ServiceInventoryRest`). */
  readonly schema: RestServiceSchema;
  /** The resource as the operations spell it: `Service` for CreateService, ListService, … */
  readonly resource: string;
  readonly store: DocumentStore<JsonObject>;
  readonly errors: TmfErrors;
  /** The events this resource publishes (the model's `@oda#hub`), and the hub they go to. */
  readonly events?: {
    readonly sink: EventSink;
    readonly kinds: readonly EventKind[];
    /** The attribute whose change is a state change: `state`, `status`, `lifecycleStatus`. */
    readonly stateAttribute?: string;
  };
  /** `scheme://host[:port]` of the REST front end, for absolute hrefs everywhere. */
  readonly hrefBase?: string;
  /** New resource ids (default: random UUIDs). */
  readonly newId?: () => string;
}

export interface TmfListQuery {
  readonly fields?: string;
  readonly offset?: number;
  readonly limit?: number;
  /** TMF attribute filters by wire path; `a,b` means "a or b". */
  readonly filters?: Readonly<Record<string, string>>;
}

export interface TmfPage<T> {
  readonly items: T[];
  /** Items matching the filters (X-Total-Count). */
  readonly totalCount: number;
  /** Items on this page (X-Result-Count). */
  readonly resultCount: number;
}

export class TmfCollection<T extends object> {
  readonly resource: string;
  private readonly schema: RestServiceSchema;
  private readonly store: DocumentStore<JsonObject>;
  private readonly errors: TmfErrors;
  private readonly createShape: string;
  private readonly resourceShape: string;
  private readonly updateShape: string | undefined;
  private readonly path: string;
  private readonly newId: () => string;

  constructor(private readonly spec: TmfCollectionSpec) {
    const { schema, resource } = spec;
    this.resource = resource;
    this.schema = schema;
    this.store = spec.store;
    this.errors = spec.errors;
    this.createShape = payloadTarget(schema, `Create${resource}`, "input");
    this.resourceShape = payloadTarget(schema, `Create${resource}`, "output");
    this.updateShape = schema.operations.some((op) => op.name === `Patch${resource}`)
      ? payloadTarget(schema, `Patch${resource}`, "input")
      : undefined;
    const path = shapeOf(schema, this.resourceShape).tmfResourcePath;
    if (!path) throw new TypeError(`${this.resourceShape} is not a @oda#tmfResource`);
    this.path = path;
    this.newId = spec.newId ?? randomUUID;
  }

  /** Stores a new resource under a server-assigned id; publishes the create event. */
  async create(value: object): Promise<T> {
    const json = toWire(this.schema, this.createShape, value);
    delete json.id; // the server assigns ids (the create shapes have none)
    delete json.href;
    for (let attempt = 0; ; attempt++) {
      const id = this.newId();
      const result = await this.store.putIfAbsent(id, { id, ...json });
      if (result.created) {
        this.publish(EventKind.CREATE, result.document.value);
        return this.output(result.document.value);
      }
      // Only a custom newId can repeat itself; give up rather than loop forever.
      if (attempt >= 3) throw new Error(`${this.resource}: newId() keeps returning used ids`);
    }
  }

  /** 404 when no resource has this id. */
  async retrieve(id: string, fields?: string): Promise<T> {
    const document = await this.get(id);
    if (!document) throw this.notFound(id);
    return this.output(document.value, fields);
  }

  /** The resource, or undefined (native lookups that resolve references). */
  async find(id: string): Promise<T | undefined> {
    const document = await this.get(id);
    return document && this.output(document.value);
  }

  /** A TMF collection query: filters, then the page, then attribute selection. */
  async list(query: TmfListQuery): Promise<TmfPage<T>> {
    const where: Record<string, string[]> = {};
    for (const [path, value] of Object.entries(query.filters ?? {})) {
      where[path] = String(value).split(",");
    }
    let page;
    try {
      page = await this.store.list({ where, offset: query.offset, limit: query.limit });
    } catch (error) {
      throw this.errors.fromStore(error);
    }
    const items = page.items.map((d) => this.output(d.value, query.fields));
    return { items, totalCount: page.total, resultCount: items.length };
  }

  /** Every resource matching the filter and the predicate (on the wire form), in creation order. */
  async where(where: FieldFilter, predicate?: (json: JsonObject) => boolean): Promise<T[]> {
    const page = await this.store.list({ where, predicate });
    return page.items.map((d) => this.output(d.value));
  }

  /**
   * JSON Merge Patch (RFC 7396) of the stored resource, retried on concurrent writes. The result
   * must still be a valid resource (400 otherwise, nothing stored). Publishes an attribute value
   * change (with `fieldPath`) and, when the state attribute changed, a state change.
   */
  async patch(id: string, patch: object): Promise<T> {
    if (!this.updateShape) throw new TypeError(`${this.resource} has no Patch operation`);
    const patchJson = patchToWire(this.schema, this.updateShape, patch);
    delete patchJson.id;
    delete patchJson.href;
    let before: JsonObject | undefined;
    let written: StoredDocument<JsonObject> | undefined;
    try {
      written = await this.store.update(id, (current) => {
        if (!current) return undefined;
        before = current.value;
        const merged = mergePatch(current.value, patchJson) as JsonObject;
        merged.id = id;
        this.check(merged);
        return merged;
      });
    } catch (error) {
      if (StoreError.is(error, StoreErrorCode.INVALID) && before === undefined) {
        throw this.notFound(id);
      }
      throw this.errors.fromStore(error);
    }
    if (!written || !before) throw this.notFound(id);
    this.publishChanges(before, written.value);
    return this.output(written.value);
  }

  /** Deletes; 404 when absent. Publishes the delete event with the resource as it was. */
  async remove(id: string): Promise<void> {
    for (let attempt = 0; attempt < UPDATE_MAX_ATTEMPTS; attempt++) {
      const document = await this.get(id);
      if (!document) throw this.notFound(id);
      try {
        await this.store.delete(id, { expectedVersion: document.version });
      } catch (error) {
        if (StoreError.is(error, StoreErrorCode.VERSION_CONFLICT)) continue;
        throw error;
      }
      this.publish(EventKind.DELETE, document.value);
      return;
    }
    throw new StoreError(StoreErrorCode.CONTENTION, `${this.resource} ${id} kept changing`);
  }

  /** An id the store cannot even hold (empty, too long) names no resource. */
  private async get(id: string): Promise<StoredDocument<JsonObject> | undefined> {
    try {
      return await this.store.get(id);
    } catch (error) {
      if (StoreError.is(error, StoreErrorCode.INVALID)) return undefined;
      throw error;
    }
  }

  private notFound(id: string) {
    return this.errors.notFound(`no ${this.resource} with id ${JSON.stringify(id)}`);
  }

  private check(json: JsonObject): void {
    let failures;
    try {
      failures = validateStructure(
        this.schema,
        this.resourceShape,
        fromWire(this.schema, this.resourceShape, json),
      );
    } catch (error) {
      throw this.errors.badRequest(`the patched ${this.resource} is not valid: ${String(error)}`);
    }
    if (failures.length > 0) {
      throw this.errors.badRequest(
        `the patched ${this.resource} is not valid: ${validationSummary(failures)}`,
      );
    }
  }

  private href(id: string): string {
    return `${this.spec.hrefBase ?? ""}${this.schema.basePath ?? ""}${this.path}/${encodeURIComponent(id)}`;
  }

  private output(json: JsonObject, fields?: string): T {
    const full =
      this.spec.hrefBase !== undefined && json.href === undefined
        ? { ...json, href: this.href(String(json.id)) }
        : json;
    return fromWire<T>(this.schema, this.resourceShape, selectAttributes(full, fields));
  }

  private publish(kind: EventKind, json: JsonObject, fieldPath?: string): void {
    const events = this.spec.events;
    if (!events || !events.kinds.includes(kind)) return;
    const resource = json.href === undefined ? { ...json, href: this.href(String(json.id)) } : json;
    events.sink.publish(buildEvent(this.resource, kind, resource, { fieldPath }));
  }

  private publishChanges(before: JsonObject, after: JsonObject): void {
    const changed = [...new Set([...Object.keys(before), ...Object.keys(after)])]
      .filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))
      .sort();
    if (changed.length === 0) return;
    this.publish(EventKind.ATTRIBUTE_VALUE_CHANGE, after, changed.join(","));
    const state = this.spec.events?.stateAttribute;
    if (state !== undefined && changed.includes(state)) this.publish(EventKind.STATE_CHANGE, after);
  }
}

/** The shape of the `@httpPayload` member of an operation's input or output. */
function payloadTarget(
  schema: RestServiceSchema,
  operation: string,
  side: "input" | "output",
): string {
  const op = schema.operations.find((o) => o.name === operation);
  if (!op) throw new TypeError(`${schema.name} has no operation ${operation}`);
  const bindings = side === "input" ? op.inputBindings : op.outputBindings;
  const payload = bindings.find((b) => b.kind === "payload");
  const structure = side === "input" ? op.input : op.output;
  if (!payload || !structure) throw new TypeError(`${operation} has no ${side} payload`);
  return shapeOf(schema, structure).members![payload.member].target;
}
