// The benchmark table (bench/_table.ts): every row calls exactly the function
// it is named after, on Deno and in its CPython statement. No timing here:
// each row runs once, against spies.
import { randomBytes, randomInt } from "node:crypto";
import { nanoid } from "nanoid";
import { CALLEE, compile } from "../bench/_harness.ts";
import {
  CPYTHON,
  createScope,
  FIXTURES,
  HEADLINE,
  identifiersOf,
  PYTHON_SETUP,
  ROWS,
  rowsFor,
} from "../bench/_table.ts";
import * as secrets from "../mod.ts";
import { passphrase, password, tokenText } from "../recipes.ts";
import cryptoRandomString from "crypto-random-string";
import generatePassword from "generate-password";
import niceware from "niceware";
import { assert, SECRETS_NAMES, SYSTEM_RANDOM_METHODS } from "./_helpers.ts";

type Call = { path: string; depth: number; args: unknown[] };

/**
 * The scope with every callable replaced by a spy that records its path
 * (`token_hex`, `SystemRandom.randrange`, `floor.hex`) and its arguments,
 * then calls the original on the original receiver.
 */
function spied(scope: Record<string, unknown>, log: Call[]): Record<string, unknown> {
  let depth = 0;
  const spy =
    (path: string, f: (...a: unknown[]) => unknown, self: unknown) => (...args: unknown[]) => {
      log.push({ path, depth, args });
      depth++;
      try {
        return Reflect.apply(f, self, args);
      } finally {
        depth--;
      }
    };
  const wrap = (path: string, value: unknown): unknown => {
    if (typeof value === "function") return spy(path, value as () => unknown, undefined);
    if (
      value === null || typeof value !== "object" || Array.isArray(value) ||
      ArrayBuffer.isView(value) || Object.isFrozen(value)
    ) {
      return value; // a fixture (or a frozen value, such as compiled rules): passed as is
    }
    return new Proxy(value, {
      get(target, key) {
        const v = Reflect.get(target, key, target);
        if (typeof key !== "string") return v;
        return typeof v === "function"
          ? spy(`${path}.${key}`, v as () => unknown, target)
          : wrap(`${path}.${key}`, v);
      },
    });
  };
  return Object.fromEntries(Object.entries(scope).map(([k, v]) => [k, wrap(k, v)]));
}

Deno.test("bench table: every row's name is its call, and names are unique per runtime", () => {
  for (const row of ROWS) {
    assert.equal(row.name, `${row.fn}(${row.args})`);
    assert.match(row.fn, CALLEE);
  }
  for (const runtime of ["deno", "node"] as const) {
    const names = rowsFor(runtime).map((r) => r.name);
    assert.equal(new Set(names).size, names.length, `duplicate row names on ${runtime}`);
  }
});

Deno.test("bench table: the scope's names are the library's own functions", () => {
  const scope = createScope();
  for (const name of SECRETS_NAMES) {
    assert.equal(scope[name], secrets[name as keyof typeof secrets], name);
  }
  assert.equal(scope.password, password);
  assert.equal(scope.passphrase, passphrase);
  assert.equal(scope.nanoid, nanoid);
  assert.equal(scope.tokenText, tokenText);
  assert.equal(scope.generatePassword, generatePassword);
  assert.equal(scope.cryptoRandomString, cryptoRandomString);
  assert.equal(scope.niceware, niceware);
  assert.equal(scope.crypto, globalThis.crypto);
  const nodeCrypto = scope.nodeCrypto as Record<string, unknown>;
  assert.equal(nodeCrypto.randomInt, randomInt);
  assert.equal(nodeCrypto.randomBytes, randomBytes);
  // SystemRandom is a plain instance: every method comes from the class.
  const rng = scope.SystemRandom as Record<string, unknown>;
  assert.equal(Object.getPrototypeOf(rng), secrets.SystemRandom.prototype);
  for (const key of Object.getOwnPropertyNames(rng)) {
    assert.notEqual(typeof rng[key], "function", `SystemRandom has its own ${key}`);
  }
});

Deno.test("bench table: every row calls exactly the function it is named after", () => {
  const log: Call[] = [];
  const scope = spied(createScope(), log);
  for (const row of ROWS) {
    const c = compile(row, scope); // runs the call once to see what it returns
    log.length = 0;
    c.once();
    const top = log.filter((e) => e.depth === 0);
    assert.equal(top.length, 1, `${row.name}: ${top.length} top-level calls`);
    assert.equal(top[0].path, row.fn, row.name);
    assert.equal(top[0].args.length, c.args.length, row.name);
    top[0].args.forEach((a, i) => assert.equal(a, c.args[i], `${row.name}: argument ${i}`));
  }
});

Deno.test("bench table: each row runs in a scope built for it alone (one process per row)", () => {
  for (const row of ROWS) {
    const scope = createScope(identifiersOf(row));
    assert.equal(typeof compile(row, scope).once(), "number", row.name);
  }
  // Only the fixtures a row names (and what they are built from) are built.
  const scope = createScope(identifiersOf(ROWS.find((r) => r.args === "HEX_A, HEX_B")!));
  assert.deepEqual(FIXTURES.map((f) => f.name).filter((n) => n in scope), ["HEX_A", "HEX_B"]);
});

Deno.test("bench table: a row whose name and call differ is refused", () => {
  const scope = createScope();
  assert.throws(
    () =>
      compile(
        { name: "compare_digest(HEX_A, HEX_B)", fn: "floor.xorChars", args: "HEX_A, HEX_B" },
        scope,
      ),
    /a row's name must be its call/,
  );
  assert.throws(
    () => compile({ name: "missing(1)", fn: "missing", args: "1" }, scope),
    /missing is not in the bench scope/,
  );
  assert.throws(
    () => compile({ name: "(token_hex)(1)", fn: "(token_hex)", args: "1" }, scope),
    /is not a path/,
  );
});

// The TypeScript argument text, as Python writes it: bigint literals lose
// their n, an options object becomes keyword arguments. Anything else must
// be written the same on both sides.
const asPython = (ts: string) =>
  ts.replace(/\b(\d+)n\b/g, "$1").replace(/\{ (\w+): ([^}]+) \}/g, "$1=$2");

Deno.test("bench table: each CPython statement calls the same function with the same arguments", () => {
  const imported = /^from secrets import (.+)$/m.exec(PYTHON_SETUP)?.[1].split(", ") ?? [];
  assert.match(PYTHON_SETUP, /^rng = random\.SystemRandom\(\)$/m);
  for (const row of ROWS) {
    const method = /^SystemRandom\.(\w+)$/.exec(row.fn)?.[1];
    const isSecrets = SECRETS_NAMES.includes(row.fn);
    const isMethod = method !== undefined &&
      SYSTEM_RANDOM_METHODS.some((m) => m.name === method);
    // Every row of a Python function is compared with CPython; no other row is.
    assert.equal(row.python !== undefined, isSecrets || isMethod, row.name);
    if (!row.python) continue;
    const callee = isSecrets ? row.fn : `rng.${method}`;
    assert.equal(row.python.callee, callee, row.name);
    assert.equal(
      row.python.expect,
      isSecrets ? `secrets.${row.fn}` : `random.SystemRandom.${method}`,
    );
    assert.equal(row.python.stmt, `${callee}(${asPython(row.args)})`, row.name);
    if (isSecrets) assert.ok(imported.includes(row.fn), `${row.fn} is not imported from secrets`);
  }
});

Deno.test("bench table: fixtures exist on both sides; compare_digest gets distinct equal inputs", () => {
  const scope = createScope();
  for (const f of FIXTURES) {
    assert.ok(Object.hasOwn(scope, f.name), f.name);
    assert.match(PYTHON_SETUP, new RegExp(`^${f.name} = `, "m"));
  }
  const { HEX_A, HEX_B, BYTES_A, BYTES_B } = scope as Record<string, never>;
  assert.equal(typeof HEX_A, "string");
  assert.equal((HEX_A as string).length, 32);
  assert.equal(HEX_A, HEX_B);
  assert.ok((BYTES_A as Uint8Array).length === 32 && BYTES_A !== BYTES_B);
  assert.notEqual((BYTES_A as Uint8Array).buffer, (BYTES_B as Uint8Array).buffer);
  assert.deepEqual(BYTES_A, BYTES_B);
  assert.match(PYTHON_SETUP, /^HEX_B = ''\.join\(list\(HEX_A\)\)$/m);
});

Deno.test("bench table: every target names rows that run where it is measured", () => {
  for (const row of ROWS) {
    for (const t of row.targets) {
      const here = rowsFor(t.runtime).map((r) => r.name);
      assert.ok(here.includes(row.name), `${row.name} does not run on ${t.runtime}`);
      assert.ok((t.min === undefined) !== (t.maxNs === undefined), `${row.name}: min or maxNs`);
      if (t.min !== undefined) {
        if (t.vs === CPYTHON) assert.ok(row.python, `${row.name} has no CPython statement`);
        else assert.ok(here.includes(t.vs!), `${row.name}: ${t.vs} is not a ${t.runtime} row`);
      }
      if (t.floor) {
        assert.ok(here.includes(t.floor), `${row.name}: floor ${t.floor} is not a row`);
        // Whichever side of the target the floor lands on, the report has a reason to print.
        assert.ok(t.limit && t.extra, `${row.name}: a floor needs both limit and extra`);
      }
      if (t.min) assert.ok(t.min > 0);
    }
  }
});

Deno.test("bench table: every README headline row is a target of that row, on that runtime", () => {
  assert.ok(HEADLINE.length >= 3);
  for (const [name, vs, runtime] of HEADLINE) {
    const row = ROWS.find((r) => r.name === name);
    assert.ok(row, `${name} is not a row`);
    assert.ok(
      row.targets.some((t) => t.vs === vs && t.runtime === runtime && (t.min ?? 0) > 0),
      `${name} has no target against ${vs} on ${runtime}`,
    );
  }
  // The README's promise of an honest compare_digest figure stays in it.
  assert.ok(HEADLINE.some(([name, vs]) => name.startsWith("compare_digest(") && vs === CPYTHON));
});
