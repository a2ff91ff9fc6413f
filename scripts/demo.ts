// `deno task demo`, the README's first command: one of each token, as
// `python -c "import secrets; ..."` would print, then one of each recipe, with
// its entropy. No permission is needed; tests/demo_test.ts checks every line.
import { choice, randbelow, randbits, token_bytes, token_hex, token_urlsafe } from "../mod.ts";
import {
  apiKey,
  entropyBits,
  otpSecret,
  passphrase,
  password,
  pin,
  recoveryCodes,
  tokenText,
} from "../recipes.ts";

const tokens: [string, string][] = [
  ["token_bytes(16)", JSON.stringify(Array.from(token_bytes(16)))],
  ["token_hex(16)", token_hex(16)],
  ["token_urlsafe()", token_urlsafe()],
  ["randbelow(1000)", String(randbelow(1000))],
  ["randbits(64n)", String(randbits(64n))],
  ['choice("abc")', choice("abc")],
];

/** `130.99 bits`: the entropy of a recipe's output, to two decimals. */
const bits = (n: number) => `${Number.isInteger(n) ? n : n.toFixed(2)} bits`;

const recipes: [string, string, number][] = [
  ["password()", password(), entropyBits("password")],
  ["passphrase()", passphrase(), entropyBits("passphrase")],
  ["tokenText({ bits: 128 })", tokenText({ bits: 128 }), entropyBits("tokenText", { bits: 128 })],
  ["pin()", pin(), entropyBits("pin")],
  [
    "recoveryCodes({ count: 3 })",
    recoveryCodes({ count: 3 }).join(" "),
    entropyBits("recoveryCodes", { count: 3 }),
  ],
  [
    'apiKey({ prefix: "demo" })',
    apiKey({ prefix: "demo" }),
    entropyBits("apiKey", {
      prefix: "demo",
    }),
  ],
  ["otpSecret()", otpSecret(), entropyBits("otpSecret")],
];

const width = Math.max(...[...tokens, ...recipes].map(([call]) => call.length)) + 2;
for (const [call, value] of tokens) console.log(`${call.padEnd(width)}${value}`);
console.log();
for (const [call, value, n] of recipes) console.log(`${call.padEnd(width)}${value}  (${bits(n)})`);
