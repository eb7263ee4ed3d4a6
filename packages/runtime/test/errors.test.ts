import {
  ModeledError,
  NativeCallError,
  NativeCode,
  ValidationError,
  httpStatusFromNativeCode,
  nativeCodeFromHttpStatus,
} from "@oda-codegen/runtime";
import { TicketNotFound } from "./fixtures/tickets";

describe("ModeledError", () => {
  it("exposes its members as properties and lists exactly them in toMembers()", () => {
    const error = new TicketNotFound({ message: "no ticket T-9", ticketId: "T-9" });
    expect(error).toBeInstanceOf(ModeledError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("TicketNotFound");
    expect(error.message).toBe("no ticket T-9");
    expect(error.ticketId).toBe("T-9");
    expect(error.toMembers()).toEqual({ message: "no ticket T-9", ticketId: "T-9" });
  });

  it("leaves out members that are undefined and a message that is not a member", () => {
    class Bare extends ModeledError {
      readonly shapeId = "x#Bare";
      readonly fault = "server" as const;
      readonly httpStatus = 500;
      readonly detail?: string;
      constructor(members: { detail?: string }) {
        super(members);
        this.name = "Bare";
        this.detail = members.detail;
      }
    }
    expect(new Bare({}).toMembers()).toEqual({});
    expect(new Bare({ detail: "d" }).toMembers()).toEqual({ detail: "d" });
  });
});

describe("ValidationError", () => {
  it("lists every field error, shallow paths first, in its message", () => {
    const error = new ValidationError([
      { path: "/ticket/title", constraint: "length", message: "length 0 is outside 1..100" },
      { path: "/priority", constraint: "range", message: "9 is outside 1..5" },
    ]);
    expect(error.fieldErrors.map((e) => e.path)).toEqual(["/priority", "/ticket/title"]);
    expect(error.message).toBe(
      "Validation failed (2 errors):\n  /priority: [range] 9 is outside 1..5\n  /ticket/title: [length] length 0 is outside 1..100",
    );
  });
});

describe("NativeCallError", () => {
  it("prefixes the code and keeps the raw message", () => {
    const error = new NativeCallError(NativeCode.TIMEOUT, "no reply in 5 ms");
    expect(error.message).toBe("[TIMEOUT] no reply in 5 ms");
    expect(error.rawMessage).toBe("no reply in 5 ms");
    expect(error.httpStatus).toBe(504);
  });

  it("from() keeps NativeCallErrors, maps aborts and wraps anything else", () => {
    const original = new NativeCallError(NativeCode.NOT_PERMITTED);
    expect(NativeCallError.from(original)).toBe(original);
    expect(NativeCallError.from(new DOMException("stop", "AbortError")).code).toBe(
      NativeCode.CANCELLED,
    );
    expect(NativeCallError.from(new DOMException("late", "TimeoutError")).code).toBe(
      NativeCode.TIMEOUT,
    );
    const wrapped = NativeCallError.from(new RangeError("bad"), NativeCode.UNAVAILABLE);
    expect(wrapped.code).toBe(NativeCode.UNAVAILABLE);
    expect(wrapped.cause).toBeInstanceOf(RangeError);
    expect(NativeCallError.from("text").code).toBe(NativeCode.INTERNAL);
    expect(NativeCallError.is(wrapped, NativeCode.UNAVAILABLE)).toBe(true);
    expect(NativeCallError.is(wrapped, NativeCode.INTERNAL)).toBe(false);
  });

  it("maps every code to an HTTP status and back", () => {
    for (const code of Object.values(NativeCode)) {
      const status = httpStatusFromNativeCode(code);
      expect(status).toBeGreaterThanOrEqual(400);
      // TIMEOUT/DEADLINE_EXCEEDED and NO_RESPONDERS/UNAVAILABLE share a status.
      expect(httpStatusFromNativeCode(nativeCodeFromHttpStatus(status))).toBe(status);
    }
  });
});
