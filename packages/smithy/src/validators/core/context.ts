import type { Model } from "../../model/model";
import { forwardRelationships, traitRelationships } from "./relationships";
import type { ModelNode, Relationship } from "./relationships";
import { parseSelector } from "../selector/parser";
import { selectNodes } from "../selector/evaluate";
import type { SelectorAst } from "../selector/ast";

/**
 * What validators share while one model is validated: indexes computed once (relationships,
 * shapes by trait) and a selector cache, so each trait's selector runs once per model.
 */
export class ValidationContext {
  private nodeList?: ModelNode[];
  private forward = new Map<string, Relationship[]>();
  private withTraits = new Map<string, Relationship[]>();
  private reverse?: Map<string, Relationship[]>;
  private reverseWithTraits?: Map<string, Relationship[]>;
  private byTrait?: Map<string, ModelNode[]>;
  private selections = new Map<string, Set<ModelNode>>();
  private parsed = new Map<string, SelectorAst | Error>();

  constructor(readonly model: Model) {}

  /** Every shape and member, in model order. */
  nodes(): ModelNode[] {
    if (!this.nodeList) {
      this.nodeList = [];
      for (const shape of this.model.shapes.values()) {
        this.nodeList.push(shape);
        for (const member of shape.members.values()) this.nodeList.push(member);
      }
    }
    return this.nodeList;
  }

  relationships(node: ModelNode, includeTraits = false): Relationship[] {
    const cache = includeTraits ? this.withTraits : this.forward;
    let found = cache.get(node.id);
    if (!found) {
      found = forwardRelationships(this.model, node);
      if (includeTraits) found = found.concat(traitRelationships(this.model, node));
      cache.set(node.id, found);
    }
    return found;
  }

  /**
   * Relationships that point at `node` (resolved ones only). Member → container links are left
   * out, as the reference's directed neighbour walks leave out MEMBER_CONTAINER.
   */
  reverseRelationships(node: ModelNode, includeTraits = false): Relationship[] {
    let index = includeTraits ? this.reverseWithTraits : this.reverse;
    if (!index) {
      index = new Map();
      for (const from of this.nodes()) {
        for (const rel of this.relationships(from, includeTraits)) {
          if (!rel.to) continue;
          let list = index.get(rel.toId);
          if (!list) index.set(rel.toId, (list = []));
          list.push(rel);
        }
      }
      if (includeTraits) this.reverseWithTraits = index;
      else this.reverse = index;
    }
    return index.get(node.id) ?? [];
  }

  /** Shapes and members that have a trait in effect. */
  shapesWithTrait(traitId: string): ModelNode[] {
    return this.traitIndex().get(traitId) ?? [];
  }

  private traitIndex(): Map<string, ModelNode[]> {
    if (!this.byTrait) {
      this.byTrait = new Map();
      for (const node of this.nodes()) {
        for (const id of node.traits.keys()) {
          let list = this.byTrait.get(id);
          if (!list) this.byTrait.set(id, (list = []));
          list.push(node);
        }
      }
    }
    return this.byTrait;
  }

  /** Ids of every trait applied somewhere in the model. */
  appliedTraits(): string[] {
    return [...this.traitIndex().keys()];
  }

  /** Parses (cached) a selector; returns the syntax error instead of throwing. */
  selector(text: string): SelectorAst | Error {
    let found = this.parsed.get(text);
    if (!found) {
      try {
        found = parseSelector(text);
      } catch (error) {
        found = error instanceof Error ? error : new Error(String(error));
      }
      this.parsed.set(text, found);
    }
    return found;
  }

  /** The shapes a selector matches (cached); an unparsable selector matches nothing. */
  select(text: string): Set<ModelNode> {
    let found = this.selections.get(text);
    if (!found) {
      const ast = this.selector(text);
      found = ast instanceof Error ? new Set() : selectNodes(this, ast);
      this.selections.set(text, found);
    }
    return found;
  }
}
