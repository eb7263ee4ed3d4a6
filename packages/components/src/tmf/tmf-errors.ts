/**
 * The TMF `Error` answers a component raises itself. Every generated TMF package has its own
 * `BadRequest`/`NotFound` classes (same shape ids, `oda.tmf#…`); a component passes its own, so
 * that both front ends recognise them as the operation's modeled errors.
 */
import { NativeCallError, NativeCode, type ModeledError } from "@oda-codegen/runtime";
import { StoreError, StoreErrorCode, type DocumentStore } from "../store";

type TmfErrorClass = new (members: {
  code: string;
  reason: string;
  message?: string;
  status?: string;
}) => ModeledError;

export interface TmfErrorClasses {
  readonly BadRequest: TmfErrorClass;
  readonly NotFound: TmfErrorClass;
}

export class TmfErrors {
  constructor(private readonly classes: TmfErrorClasses) {}

  badRequest(message: string): ModeledError {
    return new this.classes.BadRequest({
      code: "400",
      reason: "Bad Request",
      status: "400",
      message,
    });
  }

  notFound(message: string): ModeledError {
    return new this.classes.NotFound({ code: "404", reason: "Not Found", status: "404", message });
  }

  /** A store refusing the query (a negative offset, …) is the caller's fault: 400. */
  fromStore(error: unknown): unknown {
    if (StoreError.is(error, StoreErrorCode.INVALID)) {
      return this.badRequest(error.message.replace(/^\[INVALID\] /, ""));
    }
    return error;
  }
}

/**
 * The store as a TMF component uses it: an outage of the backing service (StoreError UNAVAILABLE)
 * reaches callers as UNAVAILABLE — 503 with a TMF Error over REST — instead of a generic 500.
 */
export function outageAs503<T>(store: DocumentStore<T>): DocumentStore<T> {
  const guard =
    <A extends unknown[], R>(call: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      try {
        return await call(...args);
      } catch (error) {
        if (!StoreError.is(error, StoreErrorCode.UNAVAILABLE)) throw error;
        throw new NativeCallError(NativeCode.UNAVAILABLE, "the store is unavailable", {
          cause: error,
        });
      }
    };
  return {
    get: guard((id) => store.get(id)),
    putIfAbsent: guard((id, value) => store.putIfAbsent(id, value)),
    put: guard((id, value, options) => store.put(id, value, options)),
    delete: guard((id, options) => store.delete(id, options)),
    list: guard((query) => store.list(query)),
    update: guard((id, mutate) => store.update(id, mutate)),
  };
}
