import { superLinearReason } from "../src/emit/pattern-safety";

describe("superLinearReason", () => {
  it.each([
    "^(a+)+$",
    "^([0-9]+)+$",
    "(a|ab)*c",
    "^(a|a)*$",
    "^(\\w+\\s?)*$",
    "(x+){5}",
    "(a{1,3})+",
    "^(?:[a-z]+-?)*[a-z]$",
    "((ab)*)+",
  ])("flags %s", (pattern) => {
    expect(superLinearReason(pattern)).toBeDefined();
  });

  it.each([
    "^[A-Z]{3}$",
    "^[a-z][a-z0-9-]*$",
    "^\\d{2,3}$",
    "^/[^?#]*[^/?#]$",
    "^(([0-9]|[1-9][0-9]|1[0-9][0-9]|2[0-4][0-9]|25[0-5])\\.){3}([0-9]|[1-9][0-9]|25[0-5])$",
    "^(imei-[0-9]{15}|mac((-[0-9a-fA-F]{2}){6})(-untrusted)?|.+)$",
    "^(msisdn-[0-9]{5,15}|extid-[^@]+@[^@]+|.+)$",
    "^[(+)]+$",
    "^\\(a+\\)+$",
    "^(ab)+$",
    "^(?<year>\\d{4})-(?:\\d{2})$",
  ])("accepts %s", (pattern) => {
    expect(superLinearReason(pattern)).toBeUndefined();
  });

  it("accepts every @pattern of the shipped models", () => {
    // Kept in step with models/: these are the patterns the native validators run on RegExp.
    const shipped = [
      "^[A-Fa-f0-9]*$",
      "^[0-9a-fA-F]{1,4}$",
      "^/[^/?#]+$",
      "^(imsi-[0-9]{5,15}|nai-.+|gci-.+|gli-.+|.+)$",
    ];
    for (const p of shipped) expect(superLinearReason(p)).toBeUndefined();
  });
});
