import * as path from "node:path";
import SwaggerParser from "@apidevtools/swagger-parser";
import { assembleModel } from "@oda-codegen/smithy";
import { exportOpenApi, generateOpenApiFile } from "@oda-codegen/codegen/src/openapi";
import { referencePath } from "../../../../test/support/reference";
import { LIBRARY_SERVICE, libraryModel } from "./library-model";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

async function validate(doc: object): Promise<void> {
  await SwaggerParser.validate(structuredClone(doc) as never);
}

describe("exportOpenApi", () => {
  const doc = exportOpenApi(libraryModel(), LIBRARY_SERVICE) as Json;

  it("produces a valid OpenAPI 3.1 document", async () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.info).toEqual({ title: "Library", version: "2024-01-01", description: "A small lending library." });
    await validate(doc);
  });

  it("describes parameters from the HTTP bindings", () => {
    const get = doc.paths["/books/{isbn}"].get;
    expect(get.operationId).toBe("getBook");
    expect(get.parameters).toEqual([{ name: "isbn", in: "path", required: true, schema: { type: "string", pattern: "^[0-9]{3}-[0-9]{10}$" } }]);
    const list = doc.paths["/books"].get;
    expect(list.parameters).toEqual(
      expect.arrayContaining([
        { name: "limit", in: "query", schema: { type: "integer", format: "int32", minimum: 1, maximum: 100 } },
        { name: "tag", in: "query", schema: { $ref: "#/components/schemas/Tags" }, style: "form", explode: true },
      ]),
    );
    expect(doc.paths["/covers/{path}"].get.parameters[0]).toMatchObject({ name: "path", in: "path", "x-greedy": true });
    expect(doc.paths["/books"].post.parameters).toEqual([{ name: "X-Client-Token", in: "header", schema: { type: "string" } }]);
  });

  it("describes bodies with jsonName, timestamp formats, defaults and constraints", () => {
    const body = doc.paths["/books"].post.requestBody.content["application/json"].schema;
    expect(body.required).toEqual(["title"]);
    expect(body.properties.published_at).toEqual({ type: "string", format: "date-time" });
    expect(body.properties.genre).toEqual({ $ref: "#/components/schemas/Genre", default: "novel" });
    expect(doc.components.schemas.Genre).toEqual({ type: "string", enum: ["novel", "poetry", "science"] });
    expect(doc.components.schemas.Tags).toEqual({ type: "array", items: { type: "string" }, uniqueItems: true });
    expect(doc.components.schemas.Shelf.oneOf).toHaveLength(2);
    expect(doc.paths["/covers/{path}"].put.requestBody.content).toEqual({ "image/png": { schema: { type: "string", format: "binary" } } });
  });

  it("lists the success status, response headers and one response per modeled error", () => {
    const post = doc.paths["/books"].post.responses;
    expect(Object.keys(post)).toEqual(["201", "400", "404", "405", "409", "413", "415", "500", "503"]);
    expect(post["409"].content["application/json"].schema).toEqual({ $ref: "#/components/schemas/BookExists" });
    expect(post["503"].description).toBe("Unavailable: The library is closed.");
    expect(doc.paths["/books/{isbn}"].delete.responses["204"]).toEqual({ description: "DeleteBook succeeded" });
    expect(doc.paths["/books/{isbn}"].get.responses["200"].headers).toEqual({ ETag: { schema: { type: "string" } } });
    expect(doc.paths["/books/{isbn}"].get.responses["404"].content["application/json"].schema).toEqual({ $ref: "#/components/schemas/BookNotFound" });
  });

  it("is written as JSON text for the generator", () => {
    expect(JSON.parse(generateOpenApiFile(libraryModel(), LIBRARY_SERVICE)!)).toEqual(doc);
  });
});

describe("exportOpenApi on models nobody here wrote", () => {
  const dir = referencePath("smithy-protocol-tests");
  (dir ? it : it.skip)("exports valid OpenAPI for Smithy's RestJson and RestJsonValidation services", async () => {
    const result = assembleModel({ paths: [path.join(dir!, "model"), path.join(dir!, "deps")] });
    for (const id of ["aws.protocoltests.restjson#RestJson", "aws.protocoltests.restjson.validation#RestJsonValidation"]) {
      const doc = exportOpenApi(result.model!, id) as Json;
      expect(Object.keys(doc.paths).length).toBeGreaterThan(10);
      await validate(doc);
    }
  }, 30000);
});

describe("the validator", () => {
  it("rejects a broken document (so that passing means something)", async () => {
    const broken = { openapi: "3.1.0", info: { title: "x", version: "1" }, paths: { "/a/{b}": { get: { parameters: [{ name: "b", in: "path" }], responses: {} } } } };
    await expect(validate(broken)).rejects.toThrow(/validation failed/);
  });
});

describe("exportOpenApi on the project's contracts (models/)", () => {
  const models = path.resolve(__dirname, "..", "..", "..", "..", "models");
  it("exports a valid document for every service with @http operations", async () => {
    const result = assembleModel({ paths: [models] });
    const failures = result.events.filter((e) => e.severity === "ERROR");
    if (!result.model || failures.length > 0) {
      console.warn(`skipping: models/ does not assemble (${failures.length} errors)`);
      return;
    }
    const services = result.model.shapesOfType("service").filter((s) => !s.id.startsWith("smithy."));
    let exported = 0;
    for (const service of services) {
      const text = generateOpenApiFile(result.model, service.id);
      if (text === undefined) continue;
      await validate(JSON.parse(text));
      exported++;
    }
    expect(exported).toBeGreaterThan(0);
  }, 60000);
});
