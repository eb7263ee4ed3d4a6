/** Calls a server has started and not yet answered, so that closing can wait for them (drain). */
export class InFlight {
  private readonly calls = new Set<Promise<unknown>>();

  get size(): number {
    return this.calls.size;
  }

  track<T>(call: Promise<T>): Promise<T> {
    const settled = call.then(
      () => undefined,
      () => undefined,
    );
    this.calls.add(settled);
    void settled.then(() => this.calls.delete(settled));
    return call;
  }

  /** Resolves once every call tracked so far (and any tracked meanwhile) has settled. */
  async settled(): Promise<void> {
    while (this.calls.size > 0) await Promise.all([...this.calls]);
  }
}
