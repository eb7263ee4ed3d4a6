/**
 * API-key or bearer-token check in front of a RestHandler (the host manifest's `rest.auth`).
 * Every request, whatever its path, must carry one of the configured credentials; otherwise the
 * answer is 401 with the handler's error body (a TMF Error for TMF APIs) and a WWW-Authenticate
 * header, before routing, so an unauthenticated caller learns nothing about the routes.
 * Credentials are compared through SHA-256 digests with timingSafeEqual (no timing oracle).
 */
import { createHash, timingSafeEqual } from "node:crypto";
import type { HttpRequest } from "@smithy/types";
import type { RestHandler } from "./handler";
import { RestErrorCode, RestHttpError } from "./http-errors";

export type RestAuth =
  | { readonly apiKeys: readonly string[]; readonly header?: string }
  | { readonly bearerTokens: readonly string[]; readonly header?: string };

/** The header each kind reads unless `header` names another. */
export const DEFAULT_API_KEY_HEADER = "x-api-key";
export const DEFAULT_BEARER_HEADER = "authorization";

const digest = (text: string): Buffer => createHash("sha256").update(text, "utf8").digest();

export function withRestAuth(handler: RestHandler, auth: RestAuth): RestHandler {
  const bearer = "bearerTokens" in auth;
  const secrets = (bearer ? auth.bearerTokens : auth.apiKeys)
    .filter((s) => s.length > 0)
    .map(digest);
  if (secrets.length === 0)
    throw new TypeError("rest.auth needs at least one non-empty credential");
  const header = (
    auth.header ?? (bearer ? DEFAULT_BEARER_HEADER : DEFAULT_API_KEY_HEADER)
  ).toLowerCase();
  const challenge = bearer ? 'Bearer realm="oda"' : `ApiKey header="${header}"`;

  const credentialOf = (request: HttpRequest): string | undefined => {
    let value: unknown;
    for (const name in request.headers) {
      if (name.toLowerCase() === header) value = request.headers[name];
    }
    if (typeof value !== "string") return undefined;
    if (!bearer) return value.trim();
    const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(value);
    return match?.[1];
  };

  const accepted = (credential: string | undefined): boolean => {
    if (credential === undefined || credential === "") return false;
    const given = digest(credential);
    let ok = false;
    // Compare with every secret, so the time spent does not tell which one nearly matched.
    for (const secret of secrets) ok = timingSafeEqual(given, secret) || ok;
    return ok;
  };

  const unauthorized = (missing: boolean) =>
    handler.errorResponse(
      new RestHttpError(
        RestErrorCode.UNAUTHORIZED,
        missing ? "Authentication is required" : "The credentials are not valid",
        {
          headers: { "www-authenticate": challenge },
        },
      ),
    );

  const guarded = async (request: HttpRequest) => {
    const credential = credentialOf(request);
    if (!accepted(credential)) return unauthorized(credential === undefined);
    return handler(request);
  };
  return Object.assign(guarded, { errorResponse: handler.errorResponse });
}
