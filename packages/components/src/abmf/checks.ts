/** Request checks shared by both engines, so that both refuse exactly the same requests. */
import { AbmfError, AbmfErrorCode } from "./abmf-error";
import { MAX_AMOUNT } from "./types";

export function checkName(what: string, value: string): void {
  if (typeof value !== "string" || value.length === 0 || value.length > 256) {
    throw new AbmfError(
      AbmfErrorCode.INVALID_REQUEST,
      `${what} must be a string of 1..256 characters`,
    );
  }
}

export type AmountRule = "positive" | "nonNegative" | "nonZero";

export function checkAmount(what: string, value: bigint, rule: AmountRule): void {
  if (typeof value !== "bigint") {
    throw new AbmfError(
      AbmfErrorCode.INVALID_AMOUNT,
      `${what} must be a bigint, got ${typeof value}`,
    );
  }
  const magnitude = value < 0n ? -value : value;
  const ok =
    magnitude <= MAX_AMOUNT &&
    (rule === "positive" ? value > 0n : rule === "nonNegative" ? value >= 0n : value !== 0n);
  if (!ok) {
    const range =
      rule === "positive" ? "1" : rule === "nonNegative" ? "0" : `-${MAX_AMOUNT} (not 0)`;
    throw new AbmfError(
      AbmfErrorCode.INVALID_AMOUNT,
      `${what} must be in ${range}..${MAX_AMOUNT}, got ${value}`,
    );
  }
}

export function checkTtl(ttlMs: number): void {
  if (!Number.isSafeInteger(ttlMs) || ttlMs <= 0) {
    throw new AbmfError(
      AbmfErrorCode.INVALID_REQUEST,
      `ttlMs must be a positive integer, got ${ttlMs}`,
    );
  }
}

/** The largest multiple of `step` not above `available` (0 when even one step does not fit). */
export function wholeSteps(available: bigint, step: bigint): bigint {
  return available - (available % step);
}

export function checkBalanceLimit(bucketId: string, balance: bigint): void {
  if (balance > MAX_AMOUNT) {
    throw new AbmfError(
      AbmfErrorCode.INVALID_AMOUNT,
      `bucket "${bucketId}" would exceed ${MAX_AMOUNT}`,
    );
  }
}
