// Python's number syntax (int() and float() of a command-line word) and CPython 3.13's float repr().
import { assert } from "../_helpers.ts";
import { floatRepr, pyFloat, pyInt } from "../../cli/_pynum.ts";

Deno.test("floatRepr() prints floats as CPython 3.13's repr() does", () => {
  // Recorded from CPython 3.13: repr(x) for each x.
  const table: [number, string][] = [
    [0, "0.0"],
    [-0, "-0.0"],
    [1, "1.0"],
    [-1, "-1.0"],
    [0.1, "0.1"],
    [1e-5, "1e-05"],
    [0.0001, "0.0001"],
    [0.00012345, "0.00012345"],
    [1e16, "1e+16"],
    [9999999999999998, "9999999999999998.0"],
    [1e15, "1000000000000000.0"],
    [123456789012345.6, "123456789012345.6"],
    [5e-324, "5e-324"],
    [1.7976931348623157e308, "1.7976931348623157e+308"],
    [2.5, "2.5"],
    [1e22, "1e+22"],
    [1.5e-7, "1.5e-07"],
    [7661568290510733, "7661568290510733.0"],
    [1 / 3, "0.3333333333333333"],
    [2 ** 53, "9007199254740992.0"],
    [-2.5e-300, "-2.5e-300"],
    [Infinity, "inf"],
    [-Infinity, "-inf"],
    [NaN, "nan"],
  ];
  for (const [x, repr] of table) assert.equal(floatRepr(x), repr, String(x));
});

Deno.test("floatRepr() matches CPython on random doubles, where CPython 3.13 is installed", async () => {
  const xs: number[] = [];
  const bits = new Float64Array(4000);
  crypto.getRandomValues(new Uint8Array(bits.buffer));
  for (const x of bits) if (Number.isFinite(x)) xs.push(x);
  // Doubles of every decimal exponent from -30 to 30, where the notation switches.
  const u = new Uint32Array(1000);
  crypto.getRandomValues(u);
  u.forEach((v, i) => xs.push((v / 2 ** 32) * 10 ** ((i % 61) - 30)));
  let out;
  try {
    const child = new Deno.Command("python3", {
      args: ["-c", "import sys\nfor l in sys.stdin: print(repr(float.fromhex(l)))"],
      env: { PYENV_VERSION: "3.13.0" },
      stdin: "piped",
      stdout: "piped",
      stderr: "null",
    }).spawn();
    const w = child.stdin.getWriter();
    await w.write(new TextEncoder().encode(xs.map(hexFloat).join("\n") + "\n"));
    await w.close();
    out = await child.output();
  } catch {
    console.log("floatRepr: no python3; checked against the recorded table only");
    return;
  }
  assert.ok(out.success);
  const reprs = new TextDecoder().decode(out.stdout).trimEnd().split("\n");
  assert.equal(reprs.length, xs.length);
  xs.forEach((x, i) => assert.equal(floatRepr(x), reprs[i], hexFloat(x)));
});

/** Python's float.hex() form of a finite double, exact. */
function hexFloat(x: number): string {
  const b = new DataView(new Float64Array([x]).buffer);
  const hi = b.getUint32(4, true), lo = b.getUint32(0, true);
  const sign = hi >>> 31 ? "-" : "";
  const exp = (hi >>> 20) & 0x7ff;
  const mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  const digits = mant.toString(16).padStart(13, "0");
  return exp === 0 ? `${sign}0x0.${digits}p-1022` : `${sign}0x1.${digits}p${exp - 1023}`;
}

Deno.test("pyInt() and pyFloat() accept what Python's int() and float() accept", () => {
  const table: [string, bigint | undefined, number | undefined][] = [
    ["10", 10n, 10],
    [" 7\n", 7n, 7],
    ["+5", 5n, 5],
    ["-0", 0n, -0],
    ["1_000", 1000n, 1000],
    ["1__0", undefined, undefined],
    ["_1", undefined, undefined],
    ["1_", undefined, undefined],
    ["1_0.5", undefined, 10.5],
    ["1e1_0", undefined, 1e10],
    [".5", undefined, 0.5],
    ["5.", undefined, 5],
    ["+.5e-3", undefined, 0.0005],
    ["\u0661\u0662", 12n, 12], // Arabic-Indic digits
    ["\uff15.\uff15", undefined, 5.5], // fullwidth digits
    ["\u20035", 5n, 5], // an em space is white space
    ["\ufeff5", undefined, undefined], // a BOM is not
    ["iNfInItY", undefined, Infinity],
    ["-inf", undefined, -Infinity],
    ["1e400", undefined, Infinity],
    ["0x10", undefined, undefined],
    ["1e", undefined, undefined],
    [".", undefined, undefined],
    ["", undefined, undefined],
    ["1 0", undefined, undefined],
  ];
  for (const [text, i, f] of table) {
    assert.equal(pyInt(text), i, JSON.stringify(text));
    assert.equal(Object.is(pyFloat(text), f), true, `${JSON.stringify(text)}: ${pyFloat(text)}`);
  }
  assert.ok(Number.isNaN(pyFloat("-NaN")));
});
