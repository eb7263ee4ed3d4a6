import type { ValidationEvent } from "../../model/validation-event";
import type { ValidationContext } from "../core/context";
import { EventFactory } from "../core/events";
import { javaRelationshipName } from "../core/relationships";
import type { MemberShape } from "../../model/shape";
import { serviceProtocols } from "../core/protocols";
import { closure } from "../core/top-down";
import { shapesOf } from "../core/top-down";
import type { Validator } from "../core/validator";

/**
 * `StreamingTrait`: structures that contain a stream are only top-level input/output; streaming
 * blob members are required or defaulted (and `@httpPayload` under HTTP protocols); event stream
 * unions contain structures. https://smithy.io/2.0/spec/streaming.html
 */
const events = new EventFactory("StreamingTrait");
const STREAMING = "smithy.api#streaming";

export const streamingTraitValidator: Validator = {
  name: "StreamingTrait",
  validate(ctx) {
    const out: ValidationEvent[] = [];
    const streams = ctx.shapesWithTrait(STREAMING);
    if (streams.length === 0) return out;
    for (const stream of streams) {
      for (const rel of ctx.reverseRelationships(stream)) {
        if (rel.type === "memberTarget" && rel.from.type === "member")
          checkContainer(ctx, rel.from, out);
      }
    }
    for (const union of shapesOf(ctx.model, "union")) {
      if (!union.traits.has(STREAMING)) continue;
      const invalid = [...union.members.values()]
        .filter((m) => ctx.model.getShape(m.target)?.type !== "structure")
        .map((m) => m.name);
      if (invalid.length) {
        out.push(
          events.error(
            union,
            `Each member of an event stream union must target a structure shape, but the following union members do not: [${invalid.join(", ")}]`,
          ),
        );
      }
    }
    for (const service of shapesOf(ctx.model, "service")) {
      if (
        !serviceProtocols(ctx.model, service).some((p) =>
          p.traits.includes("smithy.api#httpPayload"),
        )
      )
        continue;
      for (const node of closure(ctx, service).values()) {
        if (node.type !== "member" || node.traits.has("smithy.api#httpPayload")) continue;
        if (!ctx.model.getShape(node.target)?.traits.has(STREAMING)) continue;
        out.push(
          events.error(
            node,
            `Member \`${node.id}\` referencing @streaming shape \`${node.target}\` must have the @httpPayload trait, as service \`${service.id}\` has a protocol that supports @httpPayload.`,
          ),
        );
      }
    }
    for (const node of ctx.nodes()) {
      if (node.type !== "member") continue;
      const target = ctx.model.getShape(node.target);
      if (
        target?.type === "blob" &&
        target.traits.has(STREAMING) &&
        !node.traits.has("smithy.api#required") &&
        !node.traits.has("smithy.api#default")
      ) {
        out.push(
          events.error(
            node,
            "Members that target blobs marked with the `streaming` trait MUST also be marked with the `required` or `default` trait.",
          ),
        );
      }
    }
    return out;
  },
};

function checkContainer(ctx: ValidationContext, member: MemberShape, out: ValidationEvent[]): void {
  const target = ctx.model.getShape(member.target);
  const container = ctx.model.getShape(member.container);
  if (!target || !container) return;
  for (const rel of ctx.reverseRelationships(container)) {
    switch (rel.type) {
      case "input":
      case "mixin":
        break;
      case "output":
        if (target.traits.has("smithy.api#requiresLength")) {
          out.push(
            events.error(
              container,
              "Structures that contain a reference to a stream marked with the @requiresLength trait can only be used as " +
                `operation inputs, but this structure is referenced from \`${rel.from.id}\` as output`,
            ),
          );
        }
        break;
      case "memberTarget":
        out.push(
          events.error(
            rel.from,
            `Members cannot target structures that contain a stream, but this member targets ${container.id}`,
          ),
        );
        break;
      default:
        out.push(
          events.error(
            rel.from,
            `This shape has an invalid \`${javaRelationshipName(rel.type)}\` relationship to a structure, \`${container.id}\`, that contains a stream`,
          ),
        );
    }
  }
}
