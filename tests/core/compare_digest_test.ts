// compare_digest() and unreadable byte sources: a detached buffer, or a view
// that a resize left out of bounds, reads as empty; it must be refused, never
// compared as an empty digest.
import { compare_digest } from "../../mod.ts";
import { assert, assertThrows } from "../_helpers.ts";

type ViewKind = {
  name: string;
  make: (buffer: ArrayBuffer, offset?: number, length?: number) => ArrayBufferView;
  size: number;
};

const TYPED = [
  Int8Array,
  Uint8Array,
  Uint8ClampedArray,
  Int16Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
  Float32Array,
  Float64Array,
  BigInt64Array,
  BigUint64Array,
  // Float16Array where the runtime has it.
  ...("Float16Array" in globalThis
    ? [(globalThis as unknown as { Float16Array: typeof Float32Array }).Float16Array]
    : []),
];

const VIEWS: ViewKind[] = [
  ...TYPED.map((T) => ({
    name: T.name,
    size: T.BYTES_PER_ELEMENT,
    make: (b: ArrayBuffer, offset?: number, length?: number) =>
      length === undefined ? new T(b, offset) : new T(b, offset, length),
  })),
  {
    name: "DataView",
    size: 1,
    make: (b: ArrayBuffer, offset?: number, length?: number) => new DataView(b, offset, length),
  },
];

// "an Int8Array", "a Uint8Array": only the Int*Array names take "an".
const an = (name: string) => (name.startsWith("Int") ? "an" : "a");
const detachedView = (arg: string, name: string) =>
  `compare_digest(): ${arg} is ${an(name)} ${name} over a detached ArrayBuffer`;
const outOfBounds = (arg: string, name: string) =>
  `compare_digest(): ${arg} is ${an(name)} ${name} out of bounds of its resized ArrayBuffer`;

const DETACH: [string, (b: ArrayBuffer) => void][] = [
  ["structuredClone(b, { transfer: [b] })", (b) => void structuredClone(b, { transfer: [b] })],
  ["b.transfer()", (b) => void b.transfer()],
];

/** Each way a view becomes unreadable, with the view and the message it must give. */
function unreadableViews(v: ViewKind): [string, () => ArrayBufferView, (arg: string) => string][] {
  const s = v.size;
  return [
    ...DETACH.map(([how, detach]): [string, () => ArrayBufferView, (arg: string) => string] => [
      `over a buffer detached by ${how}`,
      () => {
        const b = new ArrayBuffer(8 * s);
        const view = v.make(b);
        detach(b);
        return view;
      },
      (arg) => detachedView(arg, v.name),
    ]),
    [
      "that a shrink left out of bounds (fixed length)",
      () => {
        const b = new ArrayBuffer(8 * s, { maxByteLength: 16 * s });
        const view = v.make(b, 4 * s, 4);
        b.resize(6 * s);
        return view;
      },
      (arg) => outOfBounds(arg, v.name),
    ],
    [
      "that a shrink left out of bounds (length-tracking, offset past the end)",
      () => {
        const b = new ArrayBuffer(8 * s, { maxByteLength: 16 * s });
        const view = v.make(b, 4 * s);
        b.resize(2 * s);
        return view;
      },
      (arg) => outOfBounds(arg, v.name),
    ],
  ];
}

for (const v of VIEWS) {
  for (const [how, make, message] of unreadableViews(v)) {
    Deno.test(`compare_digest() refuses ${an(v.name)} ${v.name} ${how}`, () => {
      const empty = new Uint8Array(0);
      // Each position, against an empty digest (which it used to equal) and a real one.
      for (const other of [empty, new Uint8Array(4), "abcd"]) {
        assertThrows(() => compare_digest(make(), other as never), TypeError, message("a"));
        assertThrows(() => compare_digest(other as never, make()), TypeError, message("b"));
      }
      assertThrows(() => compare_digest(make(), make()), TypeError, message("a"));
    });
  }
}

for (const [how, detach] of DETACH) {
  Deno.test(`compare_digest() refuses an ArrayBuffer detached by ${how}`, () => {
    const detached = () => {
      const b = new ArrayBuffer(8);
      detach(b);
      return b;
    };
    for (const other of [new ArrayBuffer(0), new Uint8Array(0), new Uint8Array(8)]) {
      assertThrows(
        () => compare_digest(detached(), other),
        TypeError,
        "compare_digest(): a is a detached ArrayBuffer",
      );
      assertThrows(
        () => compare_digest(other, detached()),
        TypeError,
        "compare_digest(): b is a detached ArrayBuffer",
      );
    }
  });
}

Deno.test("compare_digest() still compares empty views and buffers that are readable", () => {
  const empty = new Uint8Array(0);
  for (const v of VIEWS) {
    assert.equal(compare_digest(v.make(new ArrayBuffer(0)), empty), true, v.name);
    assert.equal(compare_digest(empty, v.make(new ArrayBuffer(8 * v.size), 8 * v.size, 0)), true);
    // A zero-length view right at the end of a shrunk resizable buffer is in bounds.
    const b = new ArrayBuffer(8 * v.size, { maxByteLength: 16 * v.size });
    const view = v.make(b, 2 * v.size, 0);
    b.resize(2 * v.size);
    assert.equal(compare_digest(view, empty), true, v.name);
  }
  assert.equal(compare_digest(new ArrayBuffer(0), empty), true);
});

Deno.test("compare_digest() compares a length-tracking view at its current length", () => {
  const b = new ArrayBuffer(8, { maxByteLength: 16 });
  const view = new Uint8Array(b, 2);
  new Uint8Array(b).set([1, 2, 3, 4, 5, 6, 7, 8]);
  b.resize(5);
  assert.equal(compare_digest(view, new Uint8Array([3, 4, 5])), true);
  assert.equal(compare_digest(new DataView(b, 2), new Uint8Array([3, 4, 5])), true);
  assert.equal(compare_digest(b, new Uint8Array([1, 2, 3, 4, 5])), true);
  b.resize(12);
  assert.equal(compare_digest(view, new Uint8Array([3, 4, 5, 0, 0, 0, 0, 0, 0, 0])), true);
});

Deno.test("compare_digest() keeps CPython's messages for mixed and non-ASCII input", () => {
  const cases: [unknown, unknown, string][] = [
    ["a", new Uint8Array([97]), "a bytes-like object is required, not 'str'"],
    [new ArrayBuffer(1), "a", "a bytes-like object is required, not 'str'"],
    ["é", "e", "comparing strings with non-ASCII characters is not supported"],
  ];
  for (const [a, b, message] of cases) {
    assertThrows(() => compare_digest(a as never, b as never), TypeError, message);
  }
});

Deno.test("compare_digest() sees a difference at every byte, whatever the length (the loop's four-byte turns and its tail)", () => {
  for (let n = 0; n <= 12; n++) {
    const base = Uint8Array.from({ length: n }, (_, i) => i * 37 + 1);
    for (const kind of ["Uint8Array", "DataView"] as const) {
      const wrap = (u: Uint8Array) => kind === "Uint8Array" ? u : new DataView(u.buffer);
      assert.equal(compare_digest(wrap(base), wrap(base.slice())), true, `${kind} of ${n} equal`);
      for (let at = 0; at < n; at++) {
        const other = base.slice();
        other[at] ^= 0x80;
        assert.equal(compare_digest(wrap(base), wrap(other)), false, `${kind} of ${n}, byte ${at}`);
        assert.equal(compare_digest(wrap(other), wrap(base)), false, `${kind} of ${n}, byte ${at}`);
      }
      // One byte longer or shorter, with the common part equal.
      const longer = Uint8Array.from({ length: n + 1 }, (_, i) => i * 37 + 1);
      assert.equal(compare_digest(wrap(base), wrap(longer)), false, `${kind} of ${n} and ${n + 1}`);
      assert.equal(compare_digest(wrap(longer), wrap(base)), false, `${kind} of ${n + 1} and ${n}`);
    }
  }
});
