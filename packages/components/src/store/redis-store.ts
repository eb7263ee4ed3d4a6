/**
 * The Redis store. Each document is a hash {v: version, j: JSON text}; a sorted set indexes the
 * ids by a creation sequence number so that lists come back in creation order, like the memory
 * store's. Every write is one Lua script, hence atomic. All keys of a collection share one hash
 * tag ({prefix}), so the scripts stay valid on a Redis Cluster too.
 */
import type { Redis } from "ioredis";
import type {
  DocumentStore,
  ListQuery,
  ListResult,
  Mutator,
  PutIfAbsentResult,
  StoredDocument,
  WriteOptions,
} from "./document-store";
import { applyQuery, checkPaging } from "./filter";
import { checkId, toJsonText } from "./json-value";
import { LuaScript } from "./lua-script";
import { optimisticUpdate } from "./optimistic-update";
import { StoreError, StoreErrorCode, versionConflict } from "./store-error";

// KEYS: doc, index, seq. ARGV: id, json, expected version ("" for none).
const PUT = new LuaScript(
  "store.put",
  `local v = tonumber(redis.call('HGET', KEYS[1], 'v') or '0')
if ARGV[3] ~= '' and tonumber(ARGV[3]) ~= v then return {0, v} end
if v == 0 then redis.call('ZADD', KEYS[2], redis.call('INCR', KEYS[3]), ARGV[1]) end
redis.call('HSET', KEYS[1], 'v', v + 1, 'j', ARGV[2])
return {1, v + 1}`,
);

// KEYS: doc, index, seq. ARGV: id, json. Returns {1, 1} or {0, version, json}.
const PUT_IF_ABSENT = new LuaScript(
  "store.putIfAbsent",
  `local cur = redis.call('HMGET', KEYS[1], 'v', 'j')
if cur[1] then return {0, tonumber(cur[1]), cur[2]} end
redis.call('ZADD', KEYS[2], redis.call('INCR', KEYS[3]), ARGV[1])
redis.call('HSET', KEYS[1], 'v', 1, 'j', ARGV[2])
return {1, 1}`,
);

// KEYS: doc, index. ARGV: id, expected version ("" for none). Returns {ok, version before}.
const DELETE = new LuaScript(
  "store.delete",
  `local v = tonumber(redis.call('HGET', KEYS[1], 'v') or '0')
if ARGV[2] ~= '' and tonumber(ARGV[2]) ~= v then return {0, v} end
if v > 0 then redis.call('DEL', KEYS[1]); redis.call('ZREM', KEYS[2], ARGV[1]) end
return {1, v}`,
);

// KEYS: index. ARGV: doc key prefix, start, stop. Returns {total, id1, v1, j1, id2, ...} atomically.
const PAGE = new LuaScript(
  "store.page",
  `local out = {redis.call('ZCARD', KEYS[1])}
for _, id in ipairs(redis.call('ZRANGE', KEYS[1], ARGV[2], ARGV[3])) do
  local d = redis.call('HMGET', ARGV[1] .. id, 'v', 'j')
  if d[1] then table.insert(out, id); table.insert(out, d[1]); table.insert(out, d[2]) end
end
return out`,
);

/** Ids fetched per round trip when a filtered list has to read the whole collection. */
const SCAN_BATCH = 500;

export class RedisDocumentStore<T> implements DocumentStore<T> {
  private readonly tag: string;

  /** `prefix` from keyPrefix(); the caller owns (and closes) the connection. */
  constructor(
    private readonly redis: Redis,
    prefix: string,
  ) {
    this.tag = `{${prefix}}`;
  }

  private docKey(id: string): string {
    return `${this.tag}:d:${id}`;
  }
  private get indexKey(): string {
    return `${this.tag}:idx`;
  }
  private get seqKey(): string {
    return `${this.tag}:seq`;
  }

  async get(id: string): Promise<StoredDocument<T> | undefined> {
    checkId(id);
    const [version, json] = await unavailableOnError(() =>
      this.redis.hmget(this.docKey(id), "v", "j"),
    );
    return version === null || json === null ? undefined : toDocument<T>(id, version, json);
  }

  async putIfAbsent(id: string, value: T): Promise<PutIfAbsentResult<T>> {
    checkId(id);
    const json = toJsonText(id, value);
    const reply = asArray(
      await PUT_IF_ABSENT.run(
        this.redis,
        [this.docKey(id), this.indexKey, this.seqKey],
        [id, json],
      ),
    );
    if (Number(reply[0]) === 1) return { created: true, document: toDocument<T>(id, 1, json) };
    return { created: false, document: toDocument<T>(id, reply[1], reply[2]) };
  }

  async put(id: string, value: T, options?: WriteOptions): Promise<StoredDocument<T>> {
    checkId(id);
    const json = toJsonText(id, value);
    const expected = options?.expectedVersion ?? "";
    const [ok, version] = asArray(
      await PUT.run(
        this.redis,
        [this.docKey(id), this.indexKey, this.seqKey],
        [id, json, expected],
      ),
    );
    if (Number(ok) !== 1) throw versionConflict(id, Number(expected), Number(version));
    return toDocument<T>(id, version, json);
  }

  async delete(id: string, options?: WriteOptions): Promise<boolean> {
    checkId(id);
    const expected = options?.expectedVersion ?? "";
    const [ok, version] = asArray(
      await DELETE.run(this.redis, [this.docKey(id), this.indexKey], [id, expected]),
    );
    if (Number(ok) !== 1) throw versionConflict(id, Number(expected), Number(version));
    return Number(version) > 0;
  }

  async list(query?: ListQuery<T>): Promise<ListResult<T>> {
    const { offset, limit } = checkPaging(query);
    if (!query?.where && !query?.predicate) {
      // No filter: Redis cuts the page and counts, in one atomic script.
      if (limit === 0) {
        return {
          items: [],
          total: await unavailableOnError(() => this.redis.zcard(this.indexKey)),
        };
      }
      const stop = limit === Number.POSITIVE_INFINITY ? -1 : offset + limit - 1;
      const reply = asArray(
        await PAGE.run(this.redis, [this.indexKey], [`${this.tag}:d:`, offset, stop]),
      );
      return { items: triples<T>(reply, 1), total: Number(reply[0]) };
    }
    return applyQuery(await this.readAll(), query);
  }

  update(id: string, mutate: Mutator<T>): Promise<StoredDocument<T> | undefined> {
    return optimisticUpdate(this, id, mutate);
  }

  /** Every document in creation order, read in batches (each batch is atomic, the whole is not). */
  private async readAll(): Promise<StoredDocument<T>[]> {
    const documents: StoredDocument<T>[] = [];
    for (let start = 0; ; start += SCAN_BATCH) {
      const reply = asArray(
        await PAGE.run(
          this.redis,
          [this.indexKey],
          [`${this.tag}:d:`, start, start + SCAN_BATCH - 1],
        ),
      );
      documents.push(...triples<T>(reply, 1));
      if (start + SCAN_BATCH >= Number(reply[0])) return documents;
    }
  }
}

/** Redis commands sent outside a LuaScript fail as StoreError UNAVAILABLE too. */
async function unavailableOnError<R>(command: () => Promise<R>): Promise<R> {
  try {
    return await command();
  } catch (cause) {
    throw new StoreError(
      StoreErrorCode.UNAVAILABLE,
      `redis failed: ${(cause as Error)?.message ?? cause}`,
      {
        cause,
      },
    );
  }
}

function asArray(reply: unknown): unknown[] {
  if (!Array.isArray(reply)) {
    throw new StoreError(
      StoreErrorCode.UNAVAILABLE,
      `unexpected reply from redis: ${JSON.stringify(reply)}`,
    );
  }
  return reply;
}

function triples<T>(reply: unknown[], from: number): StoredDocument<T>[] {
  const documents: StoredDocument<T>[] = [];
  for (let i = from; i + 2 < reply.length; i += 3) {
    documents.push(toDocument<T>(String(reply[i]), reply[i + 1], reply[i + 2]));
  }
  return documents;
}

function toDocument<T>(id: string, version: unknown, json: unknown): StoredDocument<T> {
  try {
    return { id, version: Number(version), value: JSON.parse(String(json)) as T };
  } catch (cause) {
    throw new StoreError(StoreErrorCode.UNAVAILABLE, `document "${id}" holds unreadable JSON`, {
      cause,
    });
  }
}
