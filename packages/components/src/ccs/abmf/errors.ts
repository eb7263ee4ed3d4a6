/** Engine and input failures as the BalanceManagement contract's modeled errors. */
import { NativeCallError, NativeCode } from "@oda-codegen/runtime";
import { AbmfError } from "../../abmf";
import { RatingError } from "../../rating";
import {
  BadRequest,
  InsufficientBalance,
  NotFound,
} from "../../../../../generated/balance-management";
import { balanceAmount } from "./amounts";

/** Rethrows `error` as what the contract says: 403 InsufficientBalance, 404, 400, or 503. */
export function contractError(error: unknown, unit?: string): never {
  if (error instanceof AbmfError) {
    const members = { code: error.code, reason: error.message, status: String(error.httpStatus) };
    switch (error.code) {
      case "QUOTA_LIMIT_REACHED":
        throw new InsufficientBalance({
          ...members,
          ...(error.available !== undefined && unit !== undefined
            ? { available: balanceAmount(unit, error.available) }
            : {}),
        });
      case "BUCKET_NOT_FOUND":
        throw new NotFound(members);
      case "UNAVAILABLE":
        throw new NativeCallError(NativeCode.UNAVAILABLE, error.message, { cause: error });
      default:
        throw new BadRequest(members);
    }
  }
  if (error instanceof TypeError || error instanceof RatingError)
    throw new BadRequest({ code: "INVALID_REQUEST", reason: error.message, status: "400" });
  throw error;
}

export function bucketNotFound(what: string): NotFound {
  return new NotFound({ code: "BUCKET_NOT_FOUND", reason: what, status: "404" });
}

/** A TMF654 operation this ABMF does not offer (yet): 501 natively and over REST. */
export function unimplemented(operation: string): never {
  throw new NativeCallError(
    NativeCode.UNKNOWN_OPERATION,
    `BalanceManagement.${operation} is not implemented by this ABMF`,
  );
}
