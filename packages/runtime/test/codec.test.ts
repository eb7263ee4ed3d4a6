import { Unpackr } from "msgpackr";
import {
  NativeCallError,
  NativeCode,
  jsonCodec,
  msgpackCodec,
  payloadCodec,
} from "@oda-codegen/runtime";
import { decodeReply, encodeRequest, wireSize } from "../src/transport/envelope";
import { toMsgHdrs } from "../src/transport/nats-headers";
import { TicketServiceDescriptor } from "./fixtures/tickets";

describe("payload codecs", () => {
  const value = {
    id: "T-1",
    count: 3,
    ratio: 0.5,
    big: 2 ** 40,
    tags: ["a", "b"],
    nested: { ok: true, none: null },
  };

  it("writes plain MessagePack that any library reads (no msgpackr records)", () => {
    // map16 with 1 entry, fixstr "a", positive fixint 1 (MessagePack spec, "map format family").
    expect([...msgpackCodec.encode({ a: 1 })]).toEqual([0xde, 0x00, 0x01, 0xa1, 0x61, 0x01]);
    expect([...msgpackCodec.encode([true, null, 1.5])]).toEqual([
      0x93, 0xc3, 0xc0, 0xcb, 0x3f, 0xf8, 0, 0, 0, 0, 0, 0,
    ]);
    const plain = new Unpackr({ useRecords: false, mapsAsObjects: true });
    expect(plain.unpack(msgpackCodec.encode(value))).toEqual(value);
    expect(msgpackCodec.decode(msgpackCodec.encode(value))).toEqual(value);
  });

  it("writes UTF-8 JSON and reads an empty body as a unit", () => {
    expect(new TextDecoder().decode(jsonCodec.encode({ t: "é" }))).toBe('{"t":"é"}');
    expect(jsonCodec.decode(jsonCodec.encode(value))).toEqual(value);
    expect(jsonCodec.decode(new Uint8Array())).toEqual({});
    expect(msgpackCodec.decode(new Uint8Array())).toEqual({});
  });

  it("names its codecs and refuses unknown ones", () => {
    expect(payloadCodec().contentType).toBe("application/msgpack");
    expect(payloadCodec("json").contentType).toBe("application/json");
    expect(() => payloadCodec("xml" as never)).toThrow(/unknown payload codec "xml"/);
  });
});

describe("reply envelope", () => {
  const echo = TicketServiceDescriptor.operations.find((op) => op.name === "Echo")!;
  const headers = (record: Record<string, string>) => (name: string) => record[name];

  it("reads a plain NATS micro error by its status", () => {
    const read = () =>
      decodeReply(
        echo,
        headers({ "Nats-Service-Error-Code": "503", "Nats-Service-Error": "busy" }),
        new Uint8Array(),
        jsonCodec,
      );
    expect(read).toThrow(NativeCallError);
    try {
      read();
    } catch (error) {
      expect((error as NativeCallError).code).toBe(NativeCode.UNAVAILABLE);
      expect((error as NativeCallError).rawMessage).toBe("busy");
    }
  });

  it("reports an undeclared error type and a malformed reply as INTERNAL", () => {
    const undeclared = () =>
      decodeReply(
        echo,
        headers({
          "Nats-Service-Error-Code": "404",
          "Oda-Error-Type": "example.tickets#TicketNotFound",
        }),
        jsonCodec.encode({}),
        jsonCodec,
      );
    expect(undeclared).toThrow(/does not declare/);
    const malformed = () =>
      decodeReply(
        echo,
        headers({ "Content-Type": "application/json" }),
        new TextEncoder().encode("{oops"),
        jsonCodec,
      );
    expect(malformed).toThrow(/\[INTERNAL\] malformed reply/);
  });
});

describe("request envelope", () => {
  const echo = TicketServiceDescriptor.operations.find((op) => op.name === "Echo")!;

  it("counts exactly the bytes NATS checks against max_payload", () => {
    const context = {
      requestId: "r-é-1",
      traceparent: "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
    };
    const request = encodeRequest(
      echo,
      { text: "hello" },
      context,
      1_764_000_000_000,
      msgpackCodec,
      "caller",
    );
    const hdrs = toMsgHdrs(request.headers) as ReturnType<typeof toMsgHdrs> & {
      encode(): Uint8Array;
    };
    expect(wireSize(request)).toBe(request.body.length + hdrs.encode().length);
  });

  it("keeps header values on one line", () => {
    const request = encodeRequest(
      echo,
      { text: "x" },
      { requestId: "a\r\nInjected: yes" },
      1,
      jsonCodec,
    );
    expect(request.headers["Oda-Request-Id"]).toBe("a Injected: yes");
    expect(request.headers["Oda-Deadline"]).toBe("1");
    expect(request.headers["Content-Type"]).toBe("application/json");
  });
});
