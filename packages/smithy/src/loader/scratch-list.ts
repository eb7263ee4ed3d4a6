/**
 * One growable array shared by the parser's lists (traits before a shape, members of a shape,
 * items of a node array): each list is pushed on top, then copied out at its exact size. A fresh
 * `[]` per list would allocate a backing store with spare capacity (17 slots on the first push)
 * that is garbage right after the exact copy is taken. Lists nest (an array value inside an array
 * value) and end in LIFO order, so a list is just the range above the mark taken at its start.
 */
export class ScratchList {
  private readonly items: unknown[] = [];
  private top = 0;

  /** Starts a list: pass the result to take(). */
  mark(): number {
    return this.top;
  }

  push(item: unknown): void {
    this.items[this.top++] = item;
  }

  /** Items of the list started at `mark`, so far. */
  length(mark: number): number {
    return this.top - mark;
  }

  at<T>(mark: number, i: number): T {
    return this.items[mark + i] as T;
  }

  /** Ends the list started at `mark`: its items as an exact-size array. */
  take<T>(mark: number): T[] {
    const list = this.items.slice(mark, this.top) as T[];
    this.drop(mark);
    return list;
  }

  /** Ends the list without taking it (a syntax error unwound the parse). */
  drop(mark: number): void {
    // Clear the slots so that they do not keep the parsed objects alive.
    for (let i = mark; i < this.top; i++) this.items[i] = undefined;
    this.top = mark;
  }
}
