import type { NodeValue } from "./node-value";
import type { MemberShape, Shape } from "./shape";
import { isPreludeId } from "./shape-id";

/**
 * An assembled Smithy model: every shape, prelude included, with mixins resolved
 * (members and traits in effect), and the merged metadata. Immutable once built.
 */
export class Model {
  constructor(
    readonly shapes: ReadonlyMap<string, Shape>,
    readonly metadata: ReadonlyMap<string, NodeValue>,
  ) {}

  getShape(id: string): Shape | undefined {
    return this.shapes.get(id);
  }

  /** Looks up a shape or a member by absolute id (`ns#Name$member`). */
  getShapeOrMember(id: string): Shape | MemberShape | undefined {
    const dollar = id.indexOf("$");
    if (dollar < 0) return this.shapes.get(id);
    return this.shapes.get(id.slice(0, dollar))?.members.get(id.slice(dollar + 1));
  }

  expectShape(id: string): Shape {
    const shape = this.shapes.get(id);
    if (!shape) throw new Error(`Shape not found in model: ${id}`);
    return shape;
  }

  /** Shapes of a given type, in id order (deterministic for code generation). */
  shapesOfType<T extends Shape["type"]>(type: T): (Shape & { type: T })[] {
    const found: Shape[] = [];
    for (const shape of this.shapes.values()) if (shape.type === type) found.push(shape);
    found.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return found as (Shape & { type: T })[];
  }

  /** Shapes defined outside the prelude. */
  *userShapes(): IterableIterator<Shape> {
    for (const shape of this.shapes.values()) if (!isPreludeId(shape.id)) yield shape;
  }
}
