// The main job: one of each token, as `python -c "import secrets; ..."` would print.
import { choice, randbelow, randbits, token_bytes, token_hex, token_urlsafe } from "../mod.ts";

console.log(`token_bytes(16)  ${JSON.stringify(Array.from(token_bytes(16)))}`);
console.log(`token_hex(16)    ${token_hex(16)}`);
console.log(`token_urlsafe()  ${token_urlsafe()}`);
console.log(`randbelow(1000)  ${randbelow(1000)}`);
console.log(`randbits(64n)    ${randbits(64n)}`);
console.log(`choice("abc")    ${choice("abc")}`);
