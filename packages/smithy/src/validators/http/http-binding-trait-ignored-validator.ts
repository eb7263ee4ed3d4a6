import type { ValidationEvent } from "../../model/validation-event";
import { EventFactory, idiomaticTraitName } from "../core/events";
import { formatRelationships } from "../core/relationships";
import type { RelationshipType } from "../core/relationships";
import type { Validator } from "../core/validator";

/**
 * `HttpBindingTraitIgnored`: HTTP member binding traits only take effect on the top-level input
 * (labels, query), output (response code) or operation/error structures; elsewhere they are
 * ignored, which usually means a modelling mistake. https://smithy.io/2.0/spec/http-bindings.html
 */
const events = new EventFactory("HttpBindingTraitIgnored");
const INPUT_ONLY = ["httpLabel", "httpQueryParams", "httpQuery"].map((t) => `smithy.api#${t}`);
const OUTPUT_ONLY = ["smithy.api#httpResponseCode"];
const BINDING_TRAITS = [
  "httpHeader",
  "httpLabel",
  "httpPayload",
  "httpPrefixHeaders",
  "httpQueryParams",
  "httpQuery",
  "httpResponseCode",
].map((t) => `smithy.api#${t}`);

export const httpBindingTraitIgnoredValidator: Validator = {
  name: "HttpBindingTraitIgnored",
  validate(ctx) {
    const out: ValidationEvent[] = [];
    for (const container of ctx.nodes()) {
      if (container.type !== "structure" || container.traits.has("smithy.api#mixin")) continue;
      for (const member of container.members.values()) {
        const traits = BINDING_TRAITS.filter((t) => member.traits.has(t));
        if (traits.length === 0) continue;
        const inputOnly = traits.filter((t) => INPUT_ONLY.includes(t));
        const outputOnly = traits.filter((t) => OUTPUT_ONLY.includes(t));
        const ignored = new Map<RelationshipType, Set<string>>();
        const add = (type: RelationshipType, id: string) =>
          ignored.set(type, (ignored.get(type) ?? new Set()).add(id));
        const relationships = ctx.reverseRelationships(container);
        for (const rel of relationships) {
          if (rel.type !== "input" && inputOnly.length) add(rel.type, rel.from.id);
          else if (rel.type !== "output" && outputOnly.length) add(rel.type, rel.from.id);
          else if (rel.type !== "input" && rel.type !== "output" && rel.type !== "error")
            add(rel.type, rel.from.id);
        }
        if (ignored.size === 0) continue;
        const [kind, trait] = inputOnly.length
          ? ["Input", inputOnly[0]!]
          : outputOnly.length
            ? ["Output", outputOnly[0]!]
            : ["TopLevel", traits[0]!];
        const mixedIn = member.mixin ? " mixed in" : "";
        let message = `The \`${idiomaticTraitName(trait)}\` trait applied to this${mixedIn} member is `;
        if (relationships.length === ignored.size) message += "ignored in all contexts.";
        else {
          message += `ignored in some contexts: ${formatRelationships(ignored)}`;
        }
        out.push(events.warning(member, message, kind));
      }
    }
    return out;
  },
};
