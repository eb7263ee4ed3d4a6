/**
 * Deadlines and cancellation shared by the transports. A call has one absolute deadline (epoch
 * ms): from the context, else now + the transport's timeout.
 */
import type { CallContext } from "./contract";
import { NativeCallError, NativeCode } from "./errors";

export const DEFAULT_TIMEOUT_MS = 5000;

export function deadlineOf(context: CallContext | undefined, timeoutMs: number): number {
  return context?.deadline ?? Date.now() + timeoutMs;
}

/** Throws before anything is sent when the call is already cancelled or out of time. */
export function checkBeforeSend(deadline: number, signal: AbortSignal | undefined): void {
  if (signal?.aborted)
    throw new NativeCallError(NativeCode.CANCELLED, undefined, { cause: signal.reason });
  if (deadline <= Date.now())
    throw new NativeCallError(
      NativeCode.DEADLINE_EXCEEDED,
      "the deadline passed before the call was sent",
    );
}

/** `work`, unless the deadline passes first (TIMEOUT) or `signal` aborts (CANCELLED). */
export function raceDeadline<T>(
  work: Promise<T>,
  deadline: number,
  signal?: AbortSignal,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const started = Date.now();
    const onAbort = () =>
      settle(() =>
        reject(new NativeCallError(NativeCode.CANCELLED, undefined, { cause: signal?.reason })),
      );
    const timeout = () =>
      new NativeCallError(
        NativeCode.TIMEOUT,
        `no reply within ${Math.max(0, deadline - started)} ms`,
      );
    const timer = setTimeout(
      () => settle(() => reject(timeout())),
      Math.max(0, deadline - Date.now()),
    );
    let done = false;
    function settle(action: () => void): void {
      if (done) return;
      done = true;
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
      action();
    }
    signal?.addEventListener("abort", onAbort, { once: true });
    work.then(
      (value) => settle(() => resolve(value)),
      (error: unknown) => settle(() => reject(lateAnswer(error, deadline) ? timeout() : error)),
    );
  });
}

/**
 * A server's DEADLINE_EXCEEDED that arrives once the caller's deadline has passed is, for the
 * caller, simply no reply in time (in process both sides' timers fire in the same millisecond).
 */
function lateAnswer(error: unknown, deadline: number): boolean {
  return NativeCallError.is(error, NativeCode.DEADLINE_EXCEEDED) && Date.now() >= deadline;
}

/**
 * The signal an implementation sees on the server: aborts at the deadline (reason TimeoutError)
 * or, in process, when the caller aborts. `dispose` clears the timer once the call is answered.
 */
export function serverSignal(
  deadline: number | undefined,
  callerSignal?: AbortSignal,
): { signal: AbortSignal; dispose(): void } {
  const controller = new AbortController();
  const timer =
    deadline === undefined
      ? undefined
      : setTimeout(
          () => controller.abort(new DOMException("deadline reached", "TimeoutError")),
          Math.max(0, deadline - Date.now()),
        );
  const onAbort = () => controller.abort(callerSignal?.reason);
  callerSignal?.addEventListener("abort", onAbort, { once: true });
  return {
    signal: controller.signal,
    dispose() {
      if (timer) clearTimeout(timer);
      callerSignal?.removeEventListener("abort", onAbort);
    },
  };
}
