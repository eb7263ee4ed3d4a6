/**
 * A JSON-native order model for the validators benchmark: nested structures, lists with
 * uniqueItems, maps with constrained keys, a union, enums, patterns, lengths and ranges.
 */
import type { Model } from "@oda-codegen/smithy";
import { ModelBuilder, m } from "./model-builder";

export const ORDERS_INPUT = "bench.orders#PlaceOrderInput";

export function ordersModel(): Model {
  return new ModelBuilder("bench.orders")
    .simple("string", "Sku", { pattern: "^[A-Z0-9]{8}$" })
    .enum("Priority", { LOW: "low", NORMAL: "normal", HIGH: "high" })
    .enum("Country", { FR: "FR", DE: "DE", GB: "GB", US: "US" })
    .structure("OrderItem", {
      sku: m("Sku", { required: {} }),
      quantity: m("Integer", { required: {}, range: { min: 1, max: 1000 } }),
      unitPrice: m("Double", { range: { min: 0, max: 1000000 } }),
      giftWrap: m("Boolean"),
    })
    .list("OrderItems", m("OrderItem"), { length: { min: 1, max: 50 } })
    .structure("Address", {
      street: m("String", { required: {}, length: { min: 1, max: 100 } }),
      city: m("String", { required: {}, length: { min: 1, max: 60 } }),
      postcode: m("String", { pattern: "^[A-Z0-9 -]{3,10}$" }),
      country: m("Country", { required: {} }),
    })
    .list("Tags", m("String", { length: { min: 1, max: 20 } }), { uniqueItems: {}, length: { max: 10 } })
    .map("Attributes", m("String", { length: { min: 1, max: 32 } }), m("String", { length: { max: 256 } }))
    .structure("Card", { number: m("String", { required: {}, pattern: "^[0-9]{16}$" }), expiry: m("String", { required: {}, pattern: "^[0-9]{2}/[0-9]{2}$" }) })
    .structure("Invoice", { reference: m("String", { required: {}, length: { min: 4, max: 40 } }) })
    .union("Payment", { card: m("Card"), invoice: m("Invoice") })
    .structure("PlaceOrderInput", {
      customerId: m("String", { required: {}, pattern: "^C-[0-9]{6}$" }),
      items: m("OrderItems", { required: {} }),
      shipping: m("Address", { required: {} }),
      priority: m("Priority"),
      tags: m("Tags"),
      attributes: m("Attributes"),
      payment: m("Payment"),
      note: m("String", { length: { max: 500 } }),
    })
    .structure("PlaceOrderOutput", { orderId: m("String", { required: {} }) })
    .operation("PlaceOrder", { input: "PlaceOrderInput", output: "PlaceOrderOutput" })
    .service("OrderService", { operations: ["PlaceOrder"] })
    .build();
}

/** A valid order with `items` line items, and one breaking many constraints at once. */
export function sampleOrders(items = 5): { valid: Record<string, unknown>; invalid: Record<string, unknown> } {
  const valid = {
    customerId: "C-000042",
    items: Array.from({ length: items }, (_, i) => ({ sku: `SKU0000${i}`.slice(0, 8), quantity: i + 1, unitPrice: 9.99, giftWrap: i % 2 === 0 })),
    shipping: { street: "1 rue de la Paix", city: "Paris", postcode: "75002", country: "FR" },
    priority: "high",
    tags: ["gift", "express"],
    attributes: { channel: "web", campaign: "spring" },
    payment: { card: { number: "4111111111111111", expiry: "12/29" } },
    note: "Leave at the door",
  };
  const invalid = {
    customerId: "42",
    items: [{ sku: "bad", quantity: 0 }, { quantity: 2000, unitPrice: -1 }],
    shipping: { street: "", city: "Paris", country: "XX" },
    priority: "urgent",
    tags: ["a", "a"],
    attributes: { "": "x" },
    payment: { card: { number: "1" }, invoice: { reference: "abc" } },
  };
  return { valid, invalid };
}
