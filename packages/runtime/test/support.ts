/** Small helpers shared by the runtime's integration tests. */
import { randomBytes } from "node:crypto";

/** A lattice of its own per test file, so runs never see each other's services on shared NATS. */
export function uniqueLattice(prefix: string): string {
  return `${prefix}-${randomBytes(4).toString("hex")}`;
}

export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to fail");
}

export async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}
