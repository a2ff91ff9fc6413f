/**
 * Declarations for TypeScript before 5.7. The package's declarations are
 * emitted by a recent TypeScript and name the generic typed arrays of
 * TypeScript 5.7's lib (`Uint8Array<ArrayBuffer>`); an older compiler reads
 * them as `TS2315: Type 'Uint8Array' is not generic`, and with
 * `skipLibCheck` the types silently become `any`. So the npm build writes a
 * second copy of every `.d.ts` under `ts5.6/` (the same tree), with those
 * types in their non-generic forms (`Uint8Array`) and TypeScript 5.4's
 * `NoInfer<T>` (which only steers inference) as `(T)`, and points older
 * compilers at it: the `types@<5.7` condition of each export (node16,
 * nodenext and bundler resolution) and the `<5.7` entry of `typesVersions`
 * (node10 resolution; the first range that matches wins, so it comes before
 * `"*"`). `scripts/npm_check.ts` type-checks a consumer with the oldest
 * TypeScript this supports, {@link OLDEST_TYPESCRIPT}.
 *
 * @module
 */

import ts from "typescript";

/** The folder of the copy, in the package. */
export const OLDER_DIR = "ts5.6";
/** The TypeScript versions that read the copy (a `typesVersions` range, a `types@` condition). */
export const OLDER_RANGE = "<5.7";
/**
 * The oldest supported TypeScript: the copy type-checks with it (strict, no
 * `skipLibCheck`) under each module resolution it has (node10, node16 and
 * nodenext; bundler came in 5.0). 4.7 brought node16 and nodenext.
 */
export const OLDEST_TYPESCRIPT = "4.7.4";

/**
 * The types that became generic in TypeScript 5.7 (over their buffer), and
 * Node.js's `Buffer` (generic in recent `@types/node`): without their type
 * arguments they mean what they meant before.
 */
const GENERIC_BUFFERS = new Set([
  "Int8Array",
  "Uint8Array",
  "Uint8ClampedArray",
  "Int16Array",
  "Uint16Array",
  "Int32Array",
  "Uint32Array",
  "Float16Array",
  "Float32Array",
  "Float64Array",
  "BigInt64Array",
  "BigUint64Array",
  "DataView",
  "ArrayBufferView",
  "Buffer",
]);

/** The name a type reference ends in, when it is global (`Uint8Array`, `globalThis.Uint8Array`). */
function globalName(name: ts.EntityName): string | undefined {
  if (ts.isIdentifier(name)) return name.text;
  return ts.isIdentifier(name.left) && name.left.text === "globalThis"
    ? name.right.text
    : undefined;
}

/** `text` (which starts at `offset` in its file) with the edits made. */
function apply(text: string, offset: number, edits: [number, number, string][]): string {
  let out = text;
  for (const [start, end, to] of [...edits].sort((a, b) => b[0] - a[0])) {
    out = out.slice(0, start - offset) + to + out.slice(end - offset);
  }
  return out;
}

/**
 * One declaration file's text for TypeScript before 5.7: every type reference
 * to a generic typed array (`Uint8Array<ArrayBuffer>`,
 * `globalThis.Float64Array<ArrayBufferLike>`) loses its type arguments, and
 * `NoInfer<T>` (TypeScript 5.4) becomes `(T)`, the type it stands for.
 * Comments and everything else are left as they are.
 */
export function olderDeclarations(text: string, fileName = "file.d.ts"): string {
  const file = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  // Each rewritten node: where it starts and ends, and its text in the copy.
  const edits: [start: number, end: number, text: string][] = [];
  const visit = (node: ts.Node): string | undefined => {
    if (ts.isTypeReferenceNode(node) && node.typeArguments !== undefined) {
      const name = globalName(node.typeName);
      if (name !== undefined && GENERIC_BUFFERS.has(name)) {
        return node.typeName.getText(file); // `Uint8Array<ArrayBuffer>` -> `Uint8Array`
      }
      if (name === "NoInfer" && node.typeArguments.length === 1) {
        return `(${rewrite(node.typeArguments[0])})`;
      }
    }
    ts.forEachChild(node, (child) => {
      const to = visit(child);
      if (to !== undefined) edits.push([child.getStart(file), child.end, to]);
    });
    return undefined;
  };
  /** A node's text with the edits inside it made (and taken off the list). */
  const rewrite = (node: ts.Node): string => {
    const before = edits.length;
    const to = visit(node);
    if (to !== undefined) return to;
    return apply(node.getText(file), node.getStart(file), edits.splice(before));
  };
  visit(file);
  return apply(text, 0, edits);
}
