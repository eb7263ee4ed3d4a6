import { jsonCodec, msgpackCodec } from "../src/codec";
import { MAX_PAYLOAD_DEPTH } from "../src/codec";

/** msgpack bytes of `depth` one-element arrays around 1 (0x91 is a fixarray of one). */
const deepMsgpack = (depth: number) => Buffer.concat([Buffer.alloc(depth, 0x91), Buffer.from([1])]);

describe("payload nesting limit", () => {
  it(`decodes ${MAX_PAYLOAD_DEPTH} levels and refuses more, in msgpack and JSON`, () => {
    expect(() => msgpackCodec.decode(deepMsgpack(MAX_PAYLOAD_DEPTH))).not.toThrow();
    expect(() => msgpackCodec.decode(deepMsgpack(MAX_PAYLOAD_DEPTH + 1))).toThrow(/nests deeper/);
    expect(() => msgpackCodec.decode(deepMsgpack(3000))).toThrow(/nests deeper/);
    const json = (d: number) => Buffer.from("[".repeat(d) + "]".repeat(d));
    expect(() => jsonCodec.decode(json(MAX_PAYLOAD_DEPTH))).not.toThrow();
    expect(() => jsonCodec.decode(json(3000))).toThrow(/nests deeper/);
  });

  it("counts objects too, and leaves wide shallow payloads alone", () => {
    let deep: unknown = 1;
    for (let i = 0; i < 300; i++) deep = { a: deep };
    expect(() => msgpackCodec.decode(msgpackCodec.encode(deep as never))).toThrow(/nests deeper/);
    const wide = { items: Array.from({ length: 5000 }, (_, i) => ({ i, tags: ["a", "b"] })) };
    expect(msgpackCodec.decode(msgpackCodec.encode(wide))).toEqual(wide);
  });
});
