/** A hand-written Smithy model with HTTP bindings, for the REST code generation tests. */
import { assembleModel } from "@oda-codegen/smithy";
import type { Model } from "@oda-codegen/smithy";

export const LIBRARY_SERVICE = "example.library#Library";

export const LIBRARY_IDL = `$version: "2"

namespace example.library

/// A small lending library.
service Library {
    version: "2024-01-01"
    operations: [CreateBook, GetBook, ListBooks, UpdateBook, DeleteBook, GetCover, PutCover]
    errors: [Unavailable]
}

/// Adds a book.
@http(method: "POST", uri: "/books", code: 201)
operation CreateBook {
    input := {
        @required
        title: Title

        author: String

        @jsonName("published_at")
        @timestampFormat("date-time")
        publishedAt: Timestamp

        tags: Tags

        genre: Genre = "novel"

        @httpHeader("X-Client-Token")
        clientToken: String
    }
    output := {
        @required
        @httpPayload
        book: Book
    }
    errors: [BookExists]
}

@readonly
@http(method: "GET", uri: "/books/{isbn}")
operation GetBook {
    input := {
        @required
        @httpLabel
        isbn: Isbn
    }
    output := {
        @required
        @httpPayload
        book: Book

        @httpHeader("ETag")
        etag: String
    }
    errors: [BookNotFound]
}

@readonly
@http(method: "GET", uri: "/books")
operation ListBooks {
    input := {
        @httpQuery("genre")
        genre: Genre

        @httpQuery("limit")
        @range(min: 1, max: 100)
        limit: Integer

        @httpQuery("tag")
        tags: Tags
    }
    output := {
        @required
        books: BookList

        @httpHeader("X-Total-Count")
        total: Integer
    }
}

@idempotent
@http(method: "PUT", uri: "/books/{isbn}")
operation UpdateBook {
    input := {
        @required
        @httpLabel
        isbn: Isbn

        title: Title

        @httpPrefixHeaders("X-Meta-")
        meta: StringMap
    }
    output := {
        @required
        @httpPayload
        book: Book
    }
    errors: [BookNotFound]
}

@idempotent
@http(method: "DELETE", uri: "/books/{isbn}", code: 204)
operation DeleteBook {
    input := {
        @required
        @httpLabel
        isbn: Isbn
    }
    errors: [BookNotFound]
}

@readonly
@http(method: "GET", uri: "/covers/{path+}")
operation GetCover {
    input := {
        @required
        @httpLabel
        path: String
    }
    output := {
        @httpPayload
        image: Image

        @httpResponseCode
        status: Integer
    }
}

@idempotent
@http(method: "PUT", uri: "/covers/{path+}")
operation PutCover {
    input := {
        @required
        @httpLabel
        path: String

        @required
        @httpPayload
        image: Image
    }
}

@mediaType("image/png")
blob Image

@pattern("^[0-9]{3}-[0-9]{10}$")
string Isbn

@length(min: 1, max: 80)
string Title

enum Genre {
    NOVEL = "novel"
    POETRY = "poetry"
    SCIENCE = "science"
}

@uniqueItems
list Tags {
    member: String
}

map StringMap {
    key: String
    value: String
}

list BookList {
    member: Book
}

structure Book {
    @required
    isbn: Isbn

    @required
    title: Title

    author: String

    @jsonName("published_at")
    @timestampFormat("date-time")
    publishedAt: Timestamp

    tags: Tags

    genre: Genre

    meta: StringMap

    shelf: Shelf
}

union Shelf {
    number: Integer
    name: String
}

/// No book has this ISBN.
@error("client")
@httpError(404)
structure BookNotFound {
    message: String

    @required
    isbn: Isbn
}

@error("client")
@httpError(409)
structure BookExists {
    message: String
}

/// The library is closed.
@error("server")
@httpError(503)
structure Unavailable {
    message: String

    @httpHeader("Retry-After")
    retryAfter: Integer
}
`;

export function libraryModel(): Model {
  const result = assembleModel({ sources: [{ filename: "library.smithy", text: LIBRARY_IDL }] });
  const errors = result.events.filter((e) => e.severity === "ERROR" || e.severity === "DANGER");
  if (!result.model || errors.length > 0) throw new Error(`library model: ${errors.map((e) => e.message).join("; ")}`);
  return result.model;
}
