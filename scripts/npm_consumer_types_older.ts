// Type-checked by scripts/npm_check.ts with TypeScript before 5.7 (the oldest
// supported and 5.6), strict and without skipLibCheck, in the project where
// the packed tarball is installed: those compilers read the declarations'
// copy under ts5.6/, where `Uint8Array<ArrayBuffer>` is `Uint8Array` (the
// generic typed arrays are TypeScript 5.7's). Every entry point is imported,
// so every declaration file is checked; the `@ts-expect-error` lines fail only
// if the types are types, not `any`. `deno check` checks it too.
import * as s from "@secrets/secrets";
import { password } from "@secrets/secrets/recipes";
import { createSecrets } from "@secrets/secrets/testing";
import { main } from "@secrets/secrets/cli";

export const bytes: Uint8Array = s.token_bytes(4);
export const length: number = s.tokenBytes(4).byteLength;
export const hex: string = s.token_hex(4);
export const big: bigint = s.randbelow(10n);
export const random: Uint8Array = new s.SystemRandom().randbytes(4);
export const pw: string = password({ length: 12 });
export const n: number = createSecrets((buf) => void buf.fill(0)).randbelow(3);
export const code: Promise<number> = main(["token-hex", "8"]);

// @ts-expect-error bytes are not a string
export const x: string = s.token_bytes(4);
// @ts-expect-error a bigint bound gives a bigint, not a number
export const wrong: number = s.randbelow(10n);
// @ts-expect-error length is a number
password({ length: "12" });
