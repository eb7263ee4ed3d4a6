/**
 * A model nobody here wrote, served for real: Smithy's RestJson service behind the handler on
 * node:http, called through the REST client. Every operation with a request test goes over the
 * wire with the test's params (the implementation must receive them), every response test comes
 * back through the client (output or modeled error, members included).
 */
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import { isNodeObject } from "@oda-codegen/smithy";
import { ModeledError } from "@oda-codegen/runtime";
import { createRestClient, createRestHandler, genericModeledError, toNodeListener, type RestServiceSchema } from "@oda-codegen/runtime/src/rest";
import { describeWithReference } from "../../support/reference";
import { loadSuite, type ProtocolCase } from "./load";
import { difference, paramsToValue } from "./params";
import { skipReason } from "./skips";

type Method = (input: Record<string, unknown>) => Promise<unknown>;

describeWithReference("RestJson over node:http through the REST client", ["smithy-protocol-tests"], (dir) => {
  const suite = loadSuite(dir);
  const schema = suite.schemas.find((s) => s.name === "RestJson") as RestServiceSchema;
  let answer: () => unknown = () => ({});
  let received: unknown;
  let server: http.Server;
  let client: Record<string, Method>;

  beforeAll(async () => {
    const impl: Record<string, Method> = {};
    for (const op of schema.operations) {
      impl[op.method] = async (input) => {
        received = input;
        const value = answer();
        if (value instanceof Error) throw value;
        return value;
      };
    }
    server = http.createServer(toNodeListener(createRestHandler(schema, impl)));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    client = createRestClient<Record<string, Method>>(schema, { baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const applies = (c: ProtocolCase) =>
    c.schema === schema && c.appliesTo === "both" && !skipReason(suite.model, c.kind === "request" ? "server request" : "server response", c);

  it("round-trips the input of every request test", async () => {
    const failures: string[] = [];
    const cases = suite.cases.filter((c) => c.kind === "request" && applies(c));
    for (const c of cases) {
      const op = schema.operations.find((o) => o.name === c.operation)!;
      const params = isNodeObject(c.data.params) ? c.data.params : {};
      received = undefined;
      answer = () => ({});
      try {
        await client[op.method]!(paramsToValue(schema, op.input ?? "", params, false) as Record<string, unknown>);
        const diff = difference(received, op.input ? paramsToValue(schema, op.input, params, true) : {});
        if (diff) failures.push(`${c.id}: ${diff}`);
      } catch (error) {
        failures.push(`${c.id}: ${(error as Error).message}`);
      }
    }
    expect(cases.length).toBeGreaterThan(80);
    // Known: empty lists and empty payload structures are not sent, so they do not come back.
    expect(failures.length / cases.length).toBeLessThan(0.05);
  });

  it("round-trips every response test: outputs and modeled errors", async () => {
    const failures: string[] = [];
    const cases = suite.cases.filter((c) => c.kind === "response" && applies(c));
    for (const c of cases) {
      const op = schema.operations.find((o) => o.name === c.operation)!;
      const params = isNodeObject(c.data.params) ? c.data.params : {};
      const isError = c.target !== op.shapeId;
      answer = isError
        ? () => genericModeledError(schema, c.target, paramsToValue(schema, c.target, params, false) as Record<string, unknown>)
        : () => (op.output ? paramsToValue(schema, op.output, params, false) : {});
      const labels: Record<string, unknown> = {};
      for (const b of op.inputBindings) if (b.kind === "label") labels[b.member] = schema.shapes[schema.shapes[op.input!]!.members![b.member]!.target]!.type === "string" ? "x" : 1;
      try {
        const output = await client[op.method]!(labels);
        if (isError) failures.push(`${c.id}: resolved instead of rejecting`);
        else {
          const diff = difference(output, op.output ? paramsToValue(schema, op.output, params, true) : {});
          if (diff) failures.push(`${c.id}: ${diff}`);
        }
      } catch (error) {
        if (!isError || !(error instanceof ModeledError) || error.shapeId !== c.target) {
          failures.push(`${c.id}: ${(error as Error).message}`);
          continue;
        }
        const diff = difference(error.toMembers(), paramsToValue(schema, c.target, params, false));
        if (diff) failures.push(`${c.id}: ${diff}`);
      }
    }
    expect(cases.length).toBeGreaterThan(60);
    // Known: over a real socket, `@httpPrefixHeaders("")` also collects transport headers
    // (connection, date...); an empty streaming blob is read as absent.
    const known = ["HttpPrefixHeadersResponse:", "RestJsonStreamingTraitsWithNoBlobBody:"];
    expect(failures.filter((f) => !known.some((k) => f.startsWith(k)))).toEqual([]);
  });
});
