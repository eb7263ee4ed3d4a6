import { RatingError, UsageUnit, parseDecimal, priceOf, tariffFromPrice } from "../../src/rating";

const usage = (value: number | string, currency: string, amount: number | string, units: string) =>
  tariffFromPrice({
    id: "pop-1",
    priceType: "usage",
    price: { unit: currency, value },
    unitOfMeasure: { amount, units },
  });

describe("parseDecimal", () => {
  it.each([
    [0.01, 1n, 2],
    ["0.750", 75n, 2],
    [2e-9, 2n, 9],
    ["1.5E3", 1500n, 0],
    [".5", 5n, 1],
    [100, 100n, 0],
  ])("%p is %p / 10^%p", (value, digits, scale) => {
    expect(parseDecimal("v", value)).toEqual({ digits, scale });
  });

  it("refuses what is not a finite decimal", () => {
    for (const bad of ["abc", "", "1.2.3", Number.NaN, Number.POSITIVE_INFINITY, null, {}]) {
      expect(() => parseDecimal("price.value", bad)).toThrow(RatingError);
    }
  });
});

describe("tariffFromPrice (TMF620 ProductOfferingPrice, priceType usage)", () => {
  it("reads cents per megabyte", () => {
    expect(usage(0.01, "EUR", 1, "MB")).toEqual({
      currency: "EUR",
      moneyExponent: 2,
      usageUnit: UsageUnit.OCTETS,
      unitSize: 1_000_000n,
      unitPrice: 1n,
      priceId: "pop-1",
    });
  });

  it("reads the Nrf class A example: 0.75 PHP per megabyte", () => {
    expect(usage("0.75", "PHP", 1, "MB")).toMatchObject({ unitSize: 1_000_000n, unitPrice: 75n });
  });

  it("grows the rating unit when one catalog unit costs a fraction of a minor unit", () => {
    expect(usage(0.005, "EUR", 1, "MB")).toMatchObject({ unitSize: 2_000_000n, unitPrice: 1n });
    // SigScale's example price, 20 × 10^-10 CAD per octet: 1 cent per 5 000 000 octets.
    expect(usage(20e-10, "CAD", 1, "octets")).toMatchObject({
      unitSize: 5_000_000n,
      unitPrice: 1n,
    });
    expect(usage(0.125, "EUR", 1, "GB")).toMatchObject({
      unitSize: 2_000_000_000n,
      unitPrice: 25n,
    });
  });

  it("uses the currency's minor unit and the unit's base unit", () => {
    expect(usage(3, "JPY", 1, "min")).toMatchObject({
      usageUnit: "seconds",
      unitSize: 60n,
      unitPrice: 3n,
    });
    expect(usage(0.001, "KWD", 1, "messages")).toMatchObject({
      usageUnit: "messages",
      unitSize: 1n,
      unitPrice: 1n,
    });
    expect(usage(0.1, "EUR", 1.5, "kB")).toMatchObject({ unitSize: 1_500n, unitPrice: 10n });
    expect(usage(0, "EUR", 1, "MB")).toMatchObject({ unitPrice: 0n, unitSize: 1_000_000n });
  });

  it("counts money in millionths when asked (the BalanceManagement contract's money unit)", () => {
    const pop = {
      priceType: "usage",
      price: { unit: "CAD", value: 0.75 },
      unitOfMeasure: { amount: 1, units: "MB" },
    };
    expect(tariffFromPrice(pop, { moneyExponent: 6 })).toMatchObject({
      moneyExponent: 6,
      unitSize: 1_000_000n,
      unitPrice: 750_000n,
    });
    const perOctet = {
      priceType: "usage",
      price: { unit: "CAD", value: 20e-10 },
      unitOfMeasure: { amount: 1, units: "octet" },
    };
    expect(tariffFromPrice(perOctet, { moneyExponent: 6 })).toMatchObject({
      unitSize: 500n,
      unitPrice: 1n,
    });
    expect(() => tariffFromPrice(pop, { moneyExponent: -1 })).toThrow(RatingError);
  });

  it.each([
    [
      {
        priceType: "recurring",
        price: { unit: "EUR", value: 5 },
        unitOfMeasure: { amount: 1, units: "MB" },
      },
      "priceType",
    ],
    [{ priceType: "usage", unitOfMeasure: { amount: 1, units: "MB" } }, "price"],
    [
      {
        priceType: "usage",
        price: { unit: "eur", value: 1 },
        unitOfMeasure: { amount: 1, units: "MB" },
      },
      "price.unit",
    ],
    [
      {
        priceType: "usage",
        price: { unit: "EUR", value: -1 },
        unitOfMeasure: { amount: 1, units: "MB" },
      },
      "price.value",
    ],
    [
      {
        priceType: "usage",
        price: { unit: "EUR", value: 1 },
        unitOfMeasure: { amount: 1, units: "furlongs" },
      },
      "unitOfMeasure.units",
    ],
    [
      {
        priceType: "usage",
        price: { unit: "EUR", value: 1 },
        unitOfMeasure: { amount: 0.5, units: "octet" },
      },
      "unitOfMeasure.amount",
    ],
    [
      {
        priceType: "usage",
        price: { unit: "EUR", value: 1 },
        unitOfMeasure: { amount: 0, units: "s" },
      },
      "unitOfMeasure.amount",
    ],
    [{ priceType: "usage", price: { unit: "EUR", value: 1 } }, "unitOfMeasure"],
  ])("refuses %j at %s", (pop, path) => {
    try {
      tariffFromPrice(pop);
      throw new Error("expected a RatingError");
    } catch (error) {
      expect(error).toBeInstanceOf(RatingError);
      expect(error).toMatchObject({ code: "RATING_FAILED", path });
    }
  });
});

describe("priceOf: per started rating unit", () => {
  const tariff = usage(0.01, "EUR", 1, "MB");
  it.each([
    [0n, 0n],
    [1n, 1n],
    [1_000_000n, 1n],
    [1_000_001n, 2n],
    [83_256_442n, 84n],
    [723_954_330n, 724n],
  ])("%p octets cost %p cents", (octets, cents) => {
    expect(priceOf(tariff, octets)).toBe(cents);
  });

  it("refuses negative usage", () => {
    expect(() => priceOf(tariff, -1n)).toThrow(RatingError);
  });
});
