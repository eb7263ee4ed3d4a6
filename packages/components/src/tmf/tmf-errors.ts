/**
 * The TMF `Error` answers a component raises itself. Every generated TMF package has its own
 * `BadRequest`/`NotFound` classes (same shape ids, `oda.tmf#…`); a component passes its own, so
 * that both front ends recognise them as the operation's modeled errors.
 */
import type { ModeledError } from "@oda-codegen/runtime";
import { StoreError, StoreErrorCode } from "../store";

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
