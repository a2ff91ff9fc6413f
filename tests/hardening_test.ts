// Regression tests for the adversarial review of 0.1.0: each one
// failed on 0.1.0. The recipes' items (1 to 5, 9 and 11) are in
// recipes_test.ts; compare_digest's (7) in compare_digest_test.ts.
import { Buffer } from "node:buffer";
import { createSecrets } from "../testing.ts";
import { entropyBits, passphrase, password, passwordRules } from "../recipes.ts";
import { randbits, SystemRandom, token_bytes, token_hex } from "../mod.ts";
import { BLOCK_SIZE, Pool } from "../lib/core/_pool.ts";
import { assert, assertThrows, counterBytes, counterSource } from "./_helpers.ts";

const REENTRY =
  "the entropy source called back into the secrets API while filling the pool; a source must not draw from the pool it fills";

Deno.test("a source that calls back into its own API is refused, never given the same bytes twice", () => {
  // Both orders: the call back comes during a block refill (small draws) and
  // during a direct fill (a large draw), and the outer call comes first or
  // the inner one does.
  for (const size of [16, BLOCK_SIZE * 2]) {
    for (const innerFirst of [false, true]) {
      const counter = counterSource();
      let inner: unknown;
      let calls = 0;
      const s: ReturnType<typeof createSecrets> = createSecrets((buf) => {
        calls++;
        if (calls === 2) {
          try {
            inner = s.token_hex(16);
          } catch (e) {
            inner = e;
          }
        }
        counter(buf);
      });
      if (innerFirst) s.token_bytes(BLOCK_SIZE); // the first fill is clean
      const before = innerFirst ? BLOCK_SIZE : 0;
      const out = s.token_bytes(innerFirst ? size : BLOCK_SIZE);
      if (!innerFirst) s.token_bytes(size); // the second fill calls back
      assert.ok(inner instanceof TypeError, `size ${size}: got ${String(inner)}`);
      assert.equal((inner as Error).message, REENTRY);
      // The stream is intact: every byte handed out once, in order.
      assert.deepEqual(Array.from(out.subarray(0, 8)), counterBytes(before, 8));
      const after = s.token_bytes(8);
      assert.equal(after.length, 8);
    }
  }
  // A source that lets the refusal propagate fails the outer call, which consumes nothing.
  const counter = counterSource();
  let reenter = true;
  const t: ReturnType<typeof createSecrets> = createSecrets((buf) => {
    if (reenter) t.token_hex(4);
    counter(buf);
  });
  assertThrows(() => t.token_hex(4), TypeError, REENTRY);
  reenter = false;
  assert.equal(t.token_hex(4), "00010203");
});

Deno.test("a replaced Uint8Array[Symbol.species] never sees the pool", () => {
  const seen: unknown[] = [];
  class Spy extends Uint8Array {
    constructor(...args: unknown[]) {
      super(...(args as [ArrayBuffer, number, number]));
      seen.push(args[0]);
    }
  }
  // %TypedArray% holds the species getter; an own property on Uint8Array shadows it.
  Object.defineProperty(Uint8Array, Symbol.species, { get: () => Spy, configurable: true });
  assert.ok(new Uint8Array(4).subarray(1) instanceof Spy, "the spy is installed");
  seen.length = 0;
  try {
    const s = createSecrets(counterSource());
    s.token_hex(16);
    s.token_urlsafe(16);
    s.token_bytes(16);
    s.token_bytes(BLOCK_SIZE * 3);
    s.randbits(2000n);
    new s.SystemRandom().randbytes(100);
  } finally {
    delete (Uint8Array as unknown as Record<symbol, unknown>)[Symbol.species];
  }
  assert.deepEqual(seen, [], "a view or copy was made through Symbol.species");
});

Deno.test("encoders are captured at load: replacing toHex later changes nothing", () => {
  const proto = Uint8Array.prototype as unknown as Record<string, unknown>;
  const saved = proto.toHex;
  proto.toHex = () => "tampered";
  try {
    const s = createSecrets(counterSource());
    assert.equal(s.token_hex(4), "00010203");
    assert.match(token_hex(8), /^[0-9a-f]{16}$/);
  } finally {
    proto.toHex = saved;
  }
});

Deno.test("a failing source or a failed health test leaves nothing readable", () => {
  let written: Uint8Array | undefined;
  let fail = false;
  const pool = new Pool((buf) => {
    buf.fill(0xab);
    written = buf;
    if (fail) throw new Error("source down");
  });
  pool.take(10);
  fail = true;
  assertThrows(() => pool.read(BLOCK_SIZE, () => 0, undefined), Error, "source down");
  assert.ok(written!.every((v) => v === 0), "a failed refill left the source's bytes in the pool");
  // A direct (large) draw whose chunk fails: the partial result is wiped too.
  assertThrows(() => pool.take(BLOCK_SIZE * 4), Error, "source down");
  assert.ok(written!.every((v) => v === 0), "a failed take() left bytes in its buffer");
  // A block that fails the repeated-block test is wiped before the error.
  let view: Uint8Array | undefined;
  const stuck = new Pool((buf) => {
    for (let i = 0; i < buf.length; i++) buf[i] = (i % 250) + 1;
    view = buf;
  });
  stuck.take(BLOCK_SIZE);
  assertThrows(() => stuck.take(1), Error, /same block twice/);
  assert.ok(view!.every((v) => v === 0), "a block that failed its health test stayed readable");
});

Deno.test("randbits() works up to its maximum, 2**29 bits, and says so beyond", () => {
  const top = randbits(2n ** 29n);
  assert.equal(typeof top, "bigint");
  assert.ok(top < 1n << (2n ** 29n));
  assertThrows(
    () => randbits(2n ** 29n + 1n),
    RangeError,
    "randbits(): k must be at most 536870912 (2**29), got 536870913n",
  );
  assertThrows(
    () => randbits(2n ** 30n),
    RangeError,
    "randbits(): k must be at most 536870912 (2**29), got 1073741824n",
  );
});

Deno.test("createSecrets() options: own properties only, unknown keys refused", () => {
  const p = Object.prototype as Record<string, unknown>;
  p.healthTests = false;
  try {
    const zeros = createSecrets((buf) => buf.fill(0));
    assertThrows(() => zeros.token_hex(), Error, /health test/);
  } finally {
    delete p.healthTests;
  }
  assertThrows(
    () => createSecrets(counterSource(), { healthtests: false } as never),
    TypeError,
    "createSecrets(): unknown option 'healthtests' (did you mean 'healthTests'?)",
  );
  assertThrows(
    () => createSecrets(counterSource(), { healthTests: 0 } as never),
    TypeError,
    "createSecrets(): healthTests must be true or false, got 0",
  );
});

Deno.test("choices() and sample() options: own properties only, unknown keys refused", () => {
  const rng = new SystemRandom();
  const p = Object.prototype as Record<string, unknown>;
  p.cum_weights = [0, 0, 1];
  p.counts = [0, 0, 5];
  try {
    const picks = new Set(rng.choices(["a", "b", "c"], { k: 200 }));
    assert.ok(picks.size > 1, "choices() always gave the same item: it read inherited cum_weights");
    const drawn = new Set(rng.sample(["a", "b", "c"], 3));
    assert.equal(drawn.size, 3, "sample() read inherited counts");
  } finally {
    delete p.cum_weights;
    delete p.counts;
  }
  assertThrows(
    () => rng.choices("abc", { K: 3 } as never),
    TypeError,
    "choices(): unknown option 'K' (did you mean 'k'?)",
  );
  assertThrows(
    () => rng.choices("abc", { cumWeights: [1, 2, 3] } as never),
    TypeError,
    "choices(): unknown option 'cumWeights' (did you mean 'cum_weights'?)",
  );
  assertThrows(
    () => rng.sample("abc", 2, { count: [1, 1, 1] } as never),
    TypeError,
    "sample(): unknown option 'count' (did you mean 'counts'?)",
  );
});

Deno.test("shuffle() refuses, before any work, a length its elements do not back", () => {
  const rng = new SystemRandom();
  const json = JSON.parse('{"length": 4294967295}');
  assertThrows(
    () => rng.shuffle(json),
    RangeError,
    "shuffle(): x has 4294967295 elements, more than MAX_NBYTES (134217728) shuffled in one call",
  );
  assertThrows(
    () => rng.shuffle({ length: 1000, 0: "a" } as never),
    TypeError,
    "shuffle(): x claims a length of 1000 but has no element at index 999, so it is not a sequence",
  );
  assert.equal(Object.keys(json).length, 1, "shuffle() added properties before refusing");
  const like = { length: 3, 0: "a", 1: "b", 2: "c" };
  rng.shuffle(like);
  assert.deepEqual([like[0], like[1], like[2]].sort(), ["a", "b", "c"]);
});

Deno.test("a byte handed out is never handed out again, whatever the mix of draws", () => {
  // The pool: one path for every read, each byte once.
  const s = createSecrets(counterSource());
  const r = new s.SystemRandom();
  let pos = 0;
  for (let round = 0; round < 300; round++) {
    assert.equal(s.token_hex(3), Buffer.from(counterBytes(pos, 3)).toString("hex"));
    pos += 3;
    r.random(); // 7 bytes
    pos += 7;
    assert.deepEqual(Array.from(token_bytes(0)), []);
    assert.deepEqual(Array.from(s.token_bytes(5)), counterBytes(pos, 5));
    pos += 5;
  }
});

// ---- The second review (after the refactor): each failed before its fix. ----

Deno.test("no replaceable typed-array code ever receives the pool's buffer", () => {
  // Every method and getter of %TypedArray%.prototype, Uint8Array.prototype
  // and DataView.prototype is replaced by a spy; the pool, the encoders and
  // the draws must call none of them on a view of the pool (8 KiB of memory).
  const TA = Object.getPrototypeOf(Uint8Array.prototype);
  const byteLength = Object.getOwnPropertyDescriptor(TA, "byteLength")!.get!;
  const bufferOf = Object.getOwnPropertyDescriptor(TA, "buffer")!.get!;
  const viewBufferOf = Object.getOwnPropertyDescriptor(DataView.prototype, "buffer")!.get!;
  const bufferLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, "byteLength")!.get!;
  // The source is given the block by design; this one asks nothing of it
  // through replaceable code either, so that any call the spies see is the
  // package's.
  let next = 0;
  const quietSource = (buf: Uint8Array) => {
    const n = Reflect.apply(byteLength, buf, []) as number;
    for (let i = 0; i < n; i++) buf[i] = next++ % 251;
  };
  const seen: string[] = [];
  const saved: [object, string | symbol, PropertyDescriptor][] = [];
  const isPool = (x: unknown) =>
    ArrayBuffer.isView(x) &&
    Reflect.apply(
        bufferLength,
        Reflect.apply(x instanceof DataView ? viewBufferOf : bufferOf, x, []),
        [],
      ) === 8192;
  // Function.prototype too: a captured method called as `f.call(view)` would
  // hand the view to a replaced call.
  for (const target of [TA, Uint8Array.prototype, DataView.prototype, Function.prototype]) {
    for (const key of Reflect.ownKeys(target)) {
      const d = Object.getOwnPropertyDescriptor(target, key)!;
      if (key === "constructor" || !d.configurable) continue;
      const spy = (f: (...a: unknown[]) => unknown) =>
        function (this: unknown, ...args: unknown[]) {
          if (isPool(this) || args.some(isPool)) seen.push(String(key));
          return Reflect.apply(f, this, args);
        };
      saved.push([target, key, d]);
      if (typeof d.value === "function") {
        Object.defineProperty(target, key, { ...d, value: spy(d.value) });
      } else if (d.get) {
        Object.defineProperty(target, key, { ...d, get: spy(d.get) });
      }
    }
  }
  try {
    const s = createSecrets(quietSource);
    const r = new s.SystemRandom();
    for (let i = 0; i < 200; i++) {
      s.token_hex(16);
      s.token_urlsafe(33);
      s.token_bytes(7);
      s.randbelow(2n ** 200n);
      s.randbits(64n); // whole 64-bit words: the pool's DataView
      s.randbelow(2n ** 127n + 1n);
      r.random();
      r.choice("abc");
    }
    s.token_bytes(BLOCK_SIZE * 3);
    token_hex(16);
  } finally {
    for (const [target, key, d] of saved) Object.defineProperty(target, key, d);
  }
  assert.deepEqual([...new Set(seen)], [], "replaceable code saw the pool");
  assert.equal(Reflect.apply(byteLength, new Uint8Array(3), []), 3); // the spies are gone
});

Deno.test("a call back into the API while the pool is read is refused, never handed wiped bytes", () => {
  const pool = new Pool(counterSource());
  let inner: unknown;
  const outer = pool.read(16, (bytes, start) => {
    try {
      pool.read(4, () => 0, undefined);
    } catch (e) {
      inner = e;
    }
    return bytes[start];
  }, undefined);
  assert.equal(outer, 0); // the counter's first byte, read once
  assert.ok(inner instanceof TypeError);
  assert.match((inner as Error).message, /called back while it read its pool/);
});

Deno.test("an array-like must hold an element at every index before shuffle() works on it", () => {
  const sparse = JSON.parse('{"length": 10000000, "0": 0, "9999999": 0}');
  assertThrows(
    () => new SystemRandom().shuffle(sparse),
    TypeError,
    "shuffle(): x claims a length of 10000000 but has fewer elements, so it is not a sequence",
  );
  assert.equal(Object.keys(sparse).length, 3, "shuffle() worked before refusing");
});

Deno.test("an inherited length never turns choices() options into weights", () => {
  const p = Object.prototype as Record<string | number, unknown>;
  p.length = 2;
  p[0] = 1;
  p[1] = 0;
  let picks: string[];
  try {
    picks = new SystemRandom().choices(["a", "b"], { k: 50 });
  } finally {
    delete p.length;
    delete p[0];
    delete p[1];
  }
  assert.equal(picks.length, 50);
});

Deno.test("options must be plain objects: a Map or a class instance is refused, not ignored", () => {
  const rng = new SystemRandom();
  assertThrows(
    () => rng.sample([1, 2], 1, new Map() as never),
    TypeError,
    "sample(): options must be a plain object, got a Map",
  );
  assertThrows(
    () => createSecrets(counterSource(), new (class Options {})() as never),
    TypeError,
    "createSecrets(): options must be a plain object, got an instance of Options",
  );
});

Deno.test("a source that fills only part of a large buffer fails the health test", () => {
  // Fills the first KiB of each buffer it is given and leaves the rest zero:
  // a small draw was refused before, a 1 MiB one returned 98% zeros.
  let n = 0;
  const partial = createSecrets((buf) => {
    for (let i = 0; i < Math.min(1024, buf.length); i++) buf[i] = ((i + n) % 251) + 1;
    n++;
  });
  assertThrows(() => partial.token_bytes(1 << 20), Error, /zero bytes in a row/);
  assertThrows(() => partial.token_bytes(16), Error, /zero bytes in a row/);
});

// ---- The third review (issues 13-17): each failed before its fix. ----

Deno.test("a copy of a rules object is not rules: forged rules are refused, never cached", () => {
  const weak = passwordRules("allowed: [ab]");
  const strong = "minlength: 20; required: lower; required: upper; required: digit;";
  const forged: Record<string | symbol, unknown> = { ...weak, text: strong };
  for (const s of Object.getOwnPropertySymbols(weak)) forged[s] = (weak as never)[s];
  assertThrows(
    () => password({ rules: forged as never }),
    TypeError,
    "password(): rules must be made by passwordRules(), got an object",
  );
  const honest = password({ rules: passwordRules(strong) });
  assert.match(honest, /[A-Z]/);
  assert.match(honest, /[0-9]/);
});

Deno.test("rules that cannot reach 128 bits at any length are refused, not stretched to 1024", () => {
  assertThrows(
    () => password({ rules: passwordRules("allowed: [ab]; max-repeating: 1") }),
    RangeError,
    "password(): rules cannot reach 128 bits: they allow at most 2 passwords, at 1 character; give a length, or allow more characters",
  );
  // With a length asked for, or a site's own maxlength, the caller gets what was asked.
  const eight = password({ rules: passwordRules("allowed: [ab]; max-repeating: 1"), length: 8 });
  assert.ok(eight === "abababab" || eight === "babababa", eight);
  const site = passwordRules("allowed: [ab]; max-repeating: 1; maxlength: 8");
  assert.equal(password({ rules: site }).length, 8);
  assert.equal(entropyBits("password", { rules: site }), 1);
});

Deno.test("passphrase lists that print alike once joined are refused (NFKC, leading marks)", () => {
  const cases: [string[], string, RegExp][] = [
    [["e", "\u0301b", "é", "b"], "", /begins with a combining mark/],
    [["ﬀ", "ix", "f", "ﬁx"], "", /no word may begin another, but "f" begins "ff"/],
    [
      ["a-b", "c", "a", "b-c"],
      "－",
      /has the word "a-b", which contains "-", a character of the separator/,
    ],
  ];
  for (const [wordlist, separator, message] of cases) {
    assertThrows(
      () => entropyBits("passphrase", { wordlist, words: 2, separator }),
      RangeError,
      message,
    );
    assertThrows(() => passphrase({ wordlist, words: 2, separator }), RangeError, message);
  }
});
