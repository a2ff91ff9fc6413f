// Type-checked by scripts/npm_check.ts with a strict `tsc --noEmit` (module and
// moduleResolution nodenext, no DOM, no @types/node) in a fresh project where
// the packed npm tarball is installed: the declarations give each entry point
// its types, overloads included. Every `@ts-expect-error` line must fail to
// type-check (tsc reports an unused one), so declarations that degrade to
// `any` fail this file. `deno check` checks it too, against the sources.
import * as secrets from "@secrets/secrets";
import { type Digest, randbelow, randbits, SystemRandom, token_bytes } from "@secrets/secrets";
import { entropyBits, password, type PasswordOptions } from "@secrets/secrets/recipes";
import { type ByteSource, createSecrets } from "@secrets/secrets/testing";
import { type CliIO, main } from "@secrets/secrets/cli";

// Number in, number out; bigint in, bigint out; either in, either out.
export const n: number = randbelow(10);
export const b: bigint = randbelow(10n);
export const k: number = randbits(8);
export const kb: bigint = randbits(200n);
declare const either: number | bigint;
export const e: number | bigint = randbelow(either);
export const r: number = new SystemRandom().randrange(10, 20);
export const rb: bigint = new SystemRandom().randrange(10n, 20n);

// @ts-expect-error a bigint bound gives a bigint, not a number
export const wrong1: number = randbelow(10n);
// @ts-expect-error a number of bits gives a number, not a bigint
export const wrong2: bigint = randbits(8);
// @ts-expect-error number | bigint in: not known to be a number
export const wrong3: number = randbelow(either);
// @ts-expect-error a string is not a bound
randbelow("10");

export const bytes: Uint8Array<ArrayBuffer> = token_bytes(16);
export const hex: string = secrets.token_hex(16);
export const url: string = secrets.tokenUrlsafe();
export const digest: Digest = bytes;
export const same: boolean = secrets.compare_digest(hex, "00");
export const picked: string = secrets.choice("abc");
export const item: { id: number } = secrets.choice([{ id: 1 }, { id: 2 }]);
// @ts-expect-error choice over numbers gives a number
export const wrong4: string = secrets.choice([1, 2, 3]);

const options: PasswordOptions = { length: 12, minDigits: 2 };
export const pw: string = password(options);
export const bits: number = entropyBits("passphrase", { words: 6 });
// @ts-expect-error length is a number
password({ length: "12" });
// @ts-expect-error no such recipe
entropyBits("pins");

const source: ByteSource = (buf) => void buf.fill(0);
const s = createSecrets(source, { healthTests: false });
export const sn: number = s.randbelow(5);
export const sb: bigint = s.randbelow(5n);
// @ts-expect-error the testing API keeps the overloads
export const wrong5: bigint = s.randbelow(5);

const io: CliIO = { write: () => {}, error: () => {} };
export const code: Promise<number> = main(["token-hex", "8"], io);
// @ts-expect-error main takes an array of arguments
main("token-hex");
