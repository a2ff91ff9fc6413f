// compare_digest() reads lengths and bytes through built-ins captured at load, on the byte
// source's internal slots (its real buffer, offset and length), as CPython reads the
// underlying buffer: overridden getters, own properties, replaced prototype getters and proxies
// change nothing, or are refused.
import { compare_digest } from "../../mod.ts";
import { assert, assertThrows } from "../_helpers.ts";

const secret = new Uint8Array([7, 7, 7]);
const TYPED_ARRAY = Object.getPrototypeOf(Uint8Array.prototype);

Deno.test("a subclass or an own property that lies about length compares by the real bytes", () => {
  class Short extends Uint8Array {
    override get length() {
      return 0;
    }
    override get byteLength() {
      return 0;
    }
  }
  assert.equal(compare_digest(new Short([1, 2, 3]), new Uint8Array(0)), false);
  assert.equal(compare_digest(new Uint8Array(0), new Short([1, 2, 3])), false);
  assert.equal(compare_digest(new Short([1, 2, 3]), new Uint8Array([1, 2, 3])), true);
  const own = new Uint8Array([1, 2, 3]);
  Object.defineProperty(own, "length", { value: 0 });
  assert.equal(compare_digest(own, new Uint8Array(0)), false);
  assert.equal(compare_digest(new Uint8Array(0), own), false);
  class ShortView extends DataView<ArrayBuffer> {
    override get byteLength() {
      return 0;
    }
    override get byteOffset() {
      return 2;
    }
  }
  const view = new ShortView(new Uint8Array([1, 2, 3]).buffer);
  assert.equal(compare_digest(view, new Uint8Array(0)), false);
  assert.equal(compare_digest(view, new Uint8Array([1, 2, 3])), true);
  class Offset extends Uint16Array {
    override get byteOffset() {
      return 0;
    }
    override get buffer(): ArrayBuffer {
      return new ArrayBuffer(8);
    }
  }
  const u16 = new Offset(new Uint8Array([9, 9, 1, 2]).buffer, 2, 1);
  assert.equal(compare_digest(u16, new Uint8Array([1, 2])), true);
});

Deno.test("replaced prototype getters change nothing (they are captured at load)", () => {
  const saved = ["length", "byteLength", "byteOffset", "buffer"].map((
    key,
  ) => [key, Object.getOwnPropertyDescriptor(TYPED_ARRAY, key)!] as const);
  try {
    for (const [key] of saved) {
      Object.defineProperty(TYPED_ARRAY, key, { get: () => 0, configurable: true });
    }
    assert.equal(compare_digest(new Uint8Array([1, 2]), new Uint8Array(0)), false);
    assert.equal(compare_digest(new Uint16Array([1]), new Uint8Array(0)), false);
    assert.equal(compare_digest(new Uint8Array([1, 2]), new Uint8Array([1, 2])), true);
  } finally {
    for (const [key, descriptor] of saved) Object.defineProperty(TYPED_ARRAY, key, descriptor);
  }
});

Deno.test("a Proxy over a typed array, DataView or buffer is refused, never read", () => {
  const guess = new Uint8Array([1, 2, 3]);
  // It answers every index read with the secret's byte, and looks like a Uint8Array.
  const proxy = new Proxy(guess, {
    get(target, key) {
      if (typeof key === "string" && /^\d+$/.test(key)) return secret[Number(key)];
      return Reflect.get(target, key);
    },
  });
  assert.ok(proxy instanceof Uint8Array);
  for (const [a, b, arg] of [[proxy, secret, "a"], [secret, proxy, "b"]] as const) {
    assertThrows(
      () => compare_digest(a, b),
      TypeError,
      `compare_digest(): ${arg} is not a genuine Uint8Array (a Proxy, or an object that only inherits from one), so its bytes cannot be read safely`,
    );
  }
  for (const target of [new DataView(new ArrayBuffer(3)), new ArrayBuffer(3)]) {
    assertThrows(() => compare_digest(new Proxy(target, {}), secret), TypeError, /not a genuine/);
  }
  // Objects that only inherit from a byte source's prototype are not byte sources.
  const fake = Object.setPrototypeOf({ length: 3, 0: 7, 1: 7, 2: 7 }, Uint8Array.prototype);
  assertThrows(() => compare_digest(fake, secret), TypeError, /a is not a genuine Uint8Array/);
  const fakeBuffer = Object.setPrototypeOf({}, ArrayBuffer.prototype);
  assertThrows(() => compare_digest(fakeBuffer, new ArrayBuffer(0)), TypeError, /not a genuine/);
});

Deno.test("a typed array whose prototype was swapped is read as what it is", () => {
  // A Uint16Array posing as a Uint8Array: compared as its 2 bytes, not as 1 element.
  const posing = Object.setPrototypeOf(new Uint16Array([0x0201]), Uint8Array.prototype);
  assert.equal(compare_digest(posing, new Uint8Array([1, 2])), true);
  assert.equal(compare_digest(posing, new Uint8Array([1])), false);
});

Deno.test("the refusal carries its fields: function, argument, value", () => {
  const proxy = new Proxy(new Uint8Array(2), {});
  try {
    compare_digest(new Uint8Array(2), proxy);
    assert.fail("not refused");
  } catch (e) {
    const fields = e as TypeError & { function?: string; option?: string; value?: unknown };
    assert.ok(fields instanceof TypeError);
    assert.deepEqual([fields.function, fields.option, fields.value], [
      "compare_digest",
      "b",
      proxy,
    ]);
  }
});

Deno.test("compare_digest(): a revoked Proxy or a class named like a typed array gets the plain refusal, never an engine error", () => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  const u8 = new Uint8Array(1);
  class ByteArray {}
  class DataViewer {}
  const cases: [unknown, string][] = [
    [proxy, "object"],
    [new ByteArray(), "ByteArray"],
    [new DataViewer(), "DataViewer"],
  ];
  for (const [x, name] of cases) {
    assertThrows(
      () => compare_digest(x as Uint8Array, u8),
      TypeError,
      `compare_digest() needs two strings or two byte sources (Uint8Array, typed array, DataView, ArrayBuffer), got ${name} and Uint8Array`,
    );
  }
  // Every real byte source's name is still recognised when only inherited.
  for (
    const T of [Int8Array, Uint8ClampedArray, Int16Array, Uint32Array, Float64Array, BigUint64Array]
  ) {
    const fake = Object.setPrototypeOf({}, T.prototype);
    assertThrows(
      () => compare_digest(fake, u8),
      TypeError,
      new RegExp(`a is not a genuine ${T.name}`),
    );
  }
});
