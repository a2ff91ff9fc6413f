// The npm package's declarations for TypeScript before 5.7
// (scripts/_npm_older_ts.ts): the generic typed arrays lose their type
// arguments and NoInfer<T> becomes (T), in types only; `deno task npm`
// type-checks the real copy with TypeScript 4.7, 5.0 and 5.6, and this checks
// the rewrite in a second, without a build.
import { assert } from "./_helpers.ts";
import { olderDeclarations } from "../scripts/_npm_older_ts.ts";

Deno.test("olderDeclarations(): generic typed arrays lose their type arguments", () => {
  const cases: [string, string][] = [
    [
      "export declare const f: (n?: number | null) => Uint8Array<ArrayBuffer>;",
      "export declare const f: (n?: number | null) => Uint8Array;",
    ],
    [
      "type A = globalThis.Float64Array<ArrayBufferLike>[] | DataView<ArrayBuffer>;",
      "type A = globalThis.Float64Array[] | DataView;",
    ],
    [
      "type B = Map<string, Int32Array<ArrayBuffer>> & { b: BigUint64Array<SharedArrayBuffer> };",
      "type B = Map<string, Int32Array> & { b: BigUint64Array };",
    ],
    [
      "declare function g<T extends ArrayBufferLike>(v: ArrayBufferView<T>): Buffer<T>;",
      "declare function g<T extends ArrayBufferLike>(v: ArrayBufferView): Buffer;",
    ],
    [
      "export type ByteSource = (buffer: Uint8Array<ArrayBuffer>) => void;",
      "export type ByteSource = (buffer: Uint8Array) => void;",
    ],
  ];
  for (const [from, to] of cases) assert.equal(olderDeclarations(from), to, from);
});

Deno.test("olderDeclarations(): NoInfer<T> becomes (T), nested rewrites included", () => {
  assert.equal(
    olderDeclarations(
      "declare function d<O, Q>(r: NoInfer<Q>, s: NoInfer<Q | Uint8Array<ArrayBuffer>>[]): O;",
    ),
    "declare function d<O, Q>(r: (Q), s: (Q | Uint8Array)[]): O;",
  );
  assert.equal(olderDeclarations("type N = NoInfer<NoInfer<string>>;"), "type N = ((string));");
});

Deno.test("olderDeclarations(): comments, other generics and other names are left alone", () => {
  const same = [
    "/** Returns a `Uint8Array<ArrayBuffer>`. */\nexport declare function h(): Uint8Array;",
    "// Uint8Array<ArrayBuffer>\ntype G = Array<Uint8Array> | Promise<Uint8Array[]>;",
    "type M = My.Uint8Array<string> | Set<number> | ReadonlyArray<DataView>;",
    'declare const s: "Uint8Array<ArrayBuffer>";',
  ];
  for (const text of same) assert.equal(olderDeclarations(text), text);
});
