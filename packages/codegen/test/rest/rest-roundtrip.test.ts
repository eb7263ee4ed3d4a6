/**
 * Generated REST code for a hand-written Smithy model: rest.ts compiles with the rest of the
 * generated set under strict, serves an implementation over node:http, and its client
 * round-trips every operation, modeled errors included.
 */
import * as fs from "node:fs";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import * as path from "node:path";
import { generateCode, syncGeneratedFiles } from "@oda-codegen/codegen";
import { buildRestSchema, generateRestFile } from "@oda-codegen/codegen/src/rest";
import { formatTypeScript } from "@oda-codegen/codegen/src/format";
import { typeCheck } from "@oda-codegen/codegen/src/type-check";
import { toNodeListener, type RestHandler, type RestHandlerOptions, type RestClientOptions } from "@oda-codegen/runtime/src/rest";
import { ValidationError } from "@oda-codegen/runtime";
import { LIBRARY_SERVICE, libraryModel } from "./library-model";

// Until the runtime's index re-exports the REST API, generated code imports it from its folder.
const REST_RUNTIME = "@oda-codegen/runtime/src/rest";
const SCRATCH = path.resolve(__dirname, "..", "..", "..", "..", ".tmp-codegen-test", `rest-${process.pid}`);

interface Book {
  isbn: string;
  title: string;
  author?: string;
  publishedAt?: Date;
  tags?: string[];
  genre?: string;
  meta?: Record<string, string>;
  shelf?: { number: number } | { name: string };
}
type ErrorClass = new (members: Record<string, unknown>) => Error;
interface Library {
  createBook(input: { title: string; author?: string; publishedAt?: Date; tags?: string[]; genre?: string; clientToken?: string }): Promise<{ book: Book }>;
  getBook(input: { isbn: string }): Promise<{ book: Book; etag?: string }>;
  listBooks(input: { genre?: string; limit?: number; tags?: string[] }): Promise<{ books: Book[]; total?: number }>;
  updateBook(input: { isbn: string; title?: string; meta?: Record<string, string> }): Promise<{ book: Book }>;
  deleteBook(input: { isbn: string }): Promise<Record<string, never>>;
  getCover(input: { path: string }): Promise<{ image?: Uint8Array; status?: number }>;
  putCover(input: { path: string; image: Uint8Array }): Promise<Record<string, never>>;
}
interface RestModule {
  LibraryRest: unknown;
  createLibraryRestHandler(impl: Library, options?: RestHandlerOptions): RestHandler;
  createLibraryRestClient(options: RestClientOptions): Library;
}
interface IndexModule {
  BookNotFound: ErrorClass;
  BookExists: ErrorClass;
  Unavailable: ErrorClass;
}

let restSource: string;
let rest: RestModule;
let api: IndexModule;

beforeAll(async () => {
  const model = libraryModel();
  const files = await generateCode(model, { skipTypeCheck: true });
  const folder = files[0]!.path.split("/")[0]!;
  restSource = await formatTypeScript(generateRestFile(model, LIBRARY_SERVICE, { runtimeImport: REST_RUNTIME })!);
  const all = [...files, { path: `${folder}/rest.ts`, content: restSource }];
  const diagnostics = await typeCheck(all, { runtimeImport: "@oda-codegen/runtime" });
  if (diagnostics.length > 0) throw new Error(diagnostics.map((d) => `${d.file}:${d.line}: ${d.message}`).join("\n"));
  fs.rmSync(SCRATCH, { recursive: true, force: true });
  syncGeneratedFiles(SCRATCH, all, { dryRun: false });
  rest = require(path.join(SCRATCH, folder, "rest.ts")) as RestModule;
  api = require(path.join(SCRATCH, folder, "index.ts")) as IndexModule;
}, 60000);

afterAll(() => fs.rmSync(SCRATCH, { recursive: true, force: true }));

function backEnd(): Library {
  const books = new Map<string, Book>();
  const covers = new Map<string, Uint8Array>();
  let next = 1;
  const find = (isbn: string) => {
    const book = books.get(isbn);
    if (!book) throw new api.BookNotFound({ message: `no book ${isbn}`, isbn });
    return book;
  };
  return {
    async createBook(input) {
      if ([...books.values()].some((b) => b.title === input.title)) throw new api.BookExists({ message: "duplicate title" });
      if (input.title === "closed") throw new api.Unavailable({ message: "closed today", retryAfter: 30 });
      const { clientToken: _token, ...fields } = input;
      const book: Book = { ...fields, isbn: `978-${String(next++).padStart(10, "0")}`, shelf: { number: 7 } };
      books.set(book.isbn, book);
      return { book };
    },
    async getBook({ isbn }) {
      return { book: find(isbn), etag: `"v1-${isbn}"` };
    },
    async listBooks({ genre, limit, tags }) {
      const all = [...books.values()].filter((b) => (!genre || b.genre === genre) && (!tags || tags.every((t) => b.tags?.includes(t))));
      return { books: all.slice(0, limit), total: all.length };
    },
    async updateBook({ isbn, title, meta }) {
      const book = find(isbn);
      if (title) book.title = title;
      if (meta) book.meta = meta;
      return { book };
    },
    async deleteBook({ isbn }) {
      find(isbn);
      books.delete(isbn);
      return {};
    },
    async getCover({ path: p }) {
      const image = covers.get(p);
      return image ? { image } : { status: 204 };
    },
    async putCover({ path: p, image }) {
      covers.set(p, image);
      return {};
    },
  };
}

describe("generated REST front end over node:http", () => {
  let server: http.Server;
  let baseUrl: string;
  let client: Library;

  beforeAll(async () => {
    server = http.createServer(toNodeListener(rest.createLibraryRestHandler(backEnd())));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    client = rest.createLibraryRestClient({ baseUrl });
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("embeds the binding descriptor and exports the two factories", () => {
    expect(restSource).toContain("export const LibraryRest: RestServiceSchema");
    expect(restSource).toContain('"uri": "/books/{isbn}"');
    expect(rest.LibraryRest).toEqual(buildRestSchema(libraryModel(), LIBRARY_SERVICE));
    expect(restSource.startsWith("// generated by oda-codegen — do not edit")).toBe(true);
  });

  it("round-trips every operation through the generated client", async () => {
    const publishedAt = new Date("2001-02-03T04:05:06Z");
    const { book } = await client.createBook({ title: "Dune", author: "Herbert", publishedAt, tags: ["sf", "classic"], clientToken: "t1" });
    expect(book).toEqual({ isbn: "978-0000000001", title: "Dune", author: "Herbert", publishedAt, tags: ["sf", "classic"], genre: "novel", shelf: { number: 7 } });
    await client.createBook({ title: "Odes", genre: "poetry", tags: ["verse"] });
    await expect(client.getBook({ isbn: book.isbn })).resolves.toEqual({ book, etag: `"v1-${book.isbn}"` });
    await expect(client.listBooks({ genre: "novel", tags: ["sf"] })).resolves.toEqual({ books: [book], total: 1 });
    await expect(client.listBooks({ limit: 1 })).resolves.toMatchObject({ total: 2, books: [{ title: "Dune" }] });
    const updated = await client.updateBook({ isbn: book.isbn, title: "Dune I", meta: { edition: "first" } });
    expect(updated.book).toMatchObject({ title: "Dune I", meta: { edition: "first" } });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 255]);
    await expect(client.putCover({ path: "dune/front.png", image: png })).resolves.toEqual({});
    await expect(client.getCover({ path: "dune/front.png" })).resolves.toEqual({ image: png, status: 200 });
    await expect(client.getCover({ path: "none" })).resolves.toEqual({ status: 204 });
    await expect(client.deleteBook({ isbn: "978-0000000002" })).resolves.toEqual({});
  });

  it("raises the modeled error classes on the client", async () => {
    const missing = await client.getBook({ isbn: "000-0000000000" }).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(api.BookNotFound);
    expect(missing).toMatchObject({ message: "no book 000-0000000000", isbn: "000-0000000000" });
    await expect(client.createBook({ title: "Dune I" })).rejects.toBeInstanceOf(api.BookExists);
    const closed = await client.createBook({ title: "closed" }).catch((e: unknown) => e);
    expect(closed).toBeInstanceOf(api.Unavailable);
    expect(closed).toMatchObject({ retryAfter: 30, message: "closed today" });
    await expect(client.getBook({ isbn: "bad" })).rejects.toBeInstanceOf(ValidationError);
  });

  it("answers the statuses the model says, over the wire", async () => {
    const created = await fetch(`${baseUrl}/books`, { method: "POST", headers: { "content-type": "application/json" }, body: '{"title":"Emma"}' });
    expect(created.status).toBe(201);
    const { isbn } = (await created.json()) as { isbn: string };
    expect((await fetch(`${baseUrl}/books/${isbn}`, { method: "DELETE" })).status).toBe(204);
    expect((await fetch(`${baseUrl}/books/${isbn}`)).status).toBe(404);
    const invalid = await fetch(`${baseUrl}/books`, { method: "POST", headers: { "content-type": "application/json" }, body: '{"title":""}' });
    expect(invalid.status).toBe(400);
    expect(await invalid.json()).toMatchObject({ fieldList: [{ path: "/title" }] });
    expect((await fetch(`${baseUrl}/books`, { method: "DELETE" })).status).toBe(405);
    expect((await fetch(`${baseUrl}/books`, { method: "POST", headers: { "content-type": "text/csv" }, body: "a,b" })).status).toBe(415);
    const big = await fetch(`${baseUrl}/books`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ title: "x".repeat(2 * 1024 * 1024) }) });
    expect(big.status).toBe(413);
    const polluted = await fetch(`${baseUrl}/books`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: '{"title":"Proto","__proto__":{"isAdmin":true},"constructor":{"prototype":{"isAdmin":true}}}',
    });
    expect(polluted.status).toBe(201);
    expect(({} as { isAdmin?: boolean }).isAdmin).toBeUndefined();
  });
});
