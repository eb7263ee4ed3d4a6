/**
 * Deepest nesting of arrays and objects a payload may have, native (codec.ts) and REST
 * (rest/server-request.ts) alike. The decoders cope with more, but the recursive validators,
 * stores and encoders further on overflow the stack on a few thousand levels (an INTERNAL or 5xx).
 */
export const MAX_PAYLOAD_DEPTH = 256;
