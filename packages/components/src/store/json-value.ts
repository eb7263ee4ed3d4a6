/** Values go through JSON in every store, so the memory store must refuse what Redis could not keep. */
import { StoreError, StoreErrorCode } from "./store-error";

/** A deep copy through JSON; throws INVALID for values JSON cannot represent faithfully. */
export function jsonCopy<T>(id: string, value: T): T {
  return JSON.parse(toJsonText(id, value)) as T;
}

export function toJsonText(id: string, value: unknown): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch (cause) {
    throw new StoreError(StoreErrorCode.INVALID, `document "${id}" is not JSON: ${String(cause)}`, {
      cause,
    });
  }
  if (text === undefined) {
    throw new StoreError(
      StoreErrorCode.INVALID,
      `document "${id}" is not JSON (got ${typeof value})`,
    );
  }
  return text;
}

export function checkId(id: string): void {
  if (typeof id !== "string" || id.length === 0 || id.length > 512) {
    throw new StoreError(
      StoreErrorCode.INVALID,
      `document id must be a string of 1..512 characters`,
    );
  }
}
