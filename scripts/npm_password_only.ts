// Bundled by scripts/npm_check.ts (deno bundle from the sources, esbuild from
// the npm build): an application that imports only password() must not carry
// the EFF word list that only passphrase() uses.
import { password } from "@secrets/secrets/recipes";

console.log(password());
