/**
 * Component modules standing in for generated code: an ABMF that reserves, and an RF that rates
 * by calling the ABMF through its capabilities. The RF has a hand-written REST binding.
 */
import type { RestServiceSchema } from "@oda-codegen/runtime/src/rest";
import type { ComponentModule } from "../../src/host";
import { descriptor, type Client } from "../support/descriptors";
import { ABMF, RATING } from "./fixtures";

export const abmfService = descriptor(ABMF, ["Reserve"]);
export const ratingService = descriptor(RATING, ["Rate"]);

const integer = { target: "smithy.api#Integer" };
export const ratingRest: RestServiceSchema = {
  shapeId: RATING,
  name: "Rating",
  version: "1.0.0",
  basePath: "/rf/v1",
  operations: [
    {
      name: "Rate",
      method: "rate",
      shapeId: "oda.ccs.rf#Rate",
      httpMethod: "POST",
      uri: "/rf/v1/rate",
      code: 200,
      input: "test#RateInput",
      output: "test#RateOutput",
      inputBindings: [],
      outputBindings: [],
      errors: [],
    },
  ],
  errors: {},
  shapes: {
    "smithy.api#Integer": { type: "integer" },
    "test#RateInput": {
      type: "structure",
      members: { amount: { ...integer, required: true }, delayMs: integer },
    },
    "test#RateOutput": { type: "structure", members: { reserved: integer, total: integer } },
  },
};

/** The ABMF keeps a running total in its store, so the test sees which store it got. */
export const abmfModule: ComponentModule = {
  service: abmfService,
  create(context) {
    const store = context.store<{ total: number }>("totals");
    return {
      async reserve(input: { amount: number }) {
        const doc = await store.update("t", (cur) => ({
          total: (cur?.value.total ?? 0) + input.amount,
        }));
        return { reserved: input.amount, total: doc?.value.total };
      },
    };
  },
};

export const events: string[] = [];

export const rfModule: ComponentModule = {
  service: ratingService,
  rest: ratingRest,
  create(context) {
    const abmf = context.capabilities.client<Client>(abmfService);
    context.onStop(() => void events.push(`${context.name} stopped`));
    return {
      async rate(input: { amount: number; delayMs?: number }) {
        events.push(`rate ${input.amount} started`);
        if (input.delayMs) await new Promise((resolve) => setTimeout(resolve, input.delayMs));
        const answer = await abmf.reserve({ amount: input.amount });
        events.push(`rate ${input.amount} done`);
        return answer;
      },
    };
  },
};

export const registry = { "ccs-abmf": abmfModule, "ccs-rf": rfModule };
