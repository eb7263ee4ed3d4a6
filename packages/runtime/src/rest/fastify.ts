/**
 * Mounts a RestHandler on fastify: `app.register(restFastifyPlugin(handler))`. Inside its own
 * encapsulated context the plugin takes every body as raw bytes (the handler does the restJson1
 * content negotiation), routes every method and path to the handler, and answers fastify's own
 * body-limit failure with the handler's 413 so that error bodies keep the service's format.
 */
import type { FastifyInstance, FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import type { HttpRequest } from "@smithy/types";
import { DEFAULT_MAX_BODY_BYTES, type RestHandler } from "./handler";
import { RestErrorCode, RestHttpError } from "./http-errors";
import { parseQueryString } from "./node";

export interface FastifyRestOptions {
  /** Largest accepted body in bytes (default 1 MiB); keep it equal to the handler's. */
  maxBodyBytes?: number;
}

const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

export function restFastifyPlugin(handler: RestHandler, options: FastifyRestOptions = {}): FastifyPluginAsync {
  const bodyLimit = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  return async (app: FastifyInstance) => {
    app.removeAllContentTypeParsers();
    app.addContentTypeParser("*", { parseAs: "buffer", bodyLimit }, (_req, body, done) => done(null, body));
    app.setErrorHandler((error: { statusCode?: number; code?: string }, _req, reply) => {
      const status = error.statusCode ?? 500;
      const failure =
        status === 413
          ? new RestHttpError(RestErrorCode.PAYLOAD_TOO_LARGE, `The body exceeds ${bodyLimit} bytes`)
          : status < 500
            ? new RestHttpError(RestErrorCode.SERIALIZATION, "The request cannot be read")
            : error;
      return send(reply, handler.errorResponse(failure));
    });
    const route = async (req: FastifyRequest, reply: FastifyReply) => {
      const url = req.raw.url ?? "/";
      const q = url.indexOf("?");
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(", ") : value;
      }
      const request: HttpRequest = {
        method: req.method,
        protocol: `${req.protocol}:`,
        hostname: req.hostname,
        path: q < 0 ? url : url.slice(0, q),
        query: parseQueryString(q < 0 ? "" : url.slice(q + 1)),
        headers,
        body: Buffer.isBuffer(req.body) && req.body.length > 0 ? req.body : undefined,
      };
      return send(reply, await handler(request));
    };
    app.route({ method: [...METHODS], url: "/", handler: route });
    app.route({ method: [...METHODS], url: "/*", handler: route });
  };
}

function send(reply: FastifyReply, response: { statusCode: number; headers: Record<string, string>; body?: unknown }) {
  reply.code(response.statusCode).headers(response.headers);
  const body = response.body;
  return reply.send(body === undefined || body === "" ? undefined : (body as string | Uint8Array));
}
