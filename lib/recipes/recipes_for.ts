/**
 * `recipesFor(random)`: every recipe that draws, bound to one source of
 * randomness. `createSecrets(source).recipes` is this over a test source;
 * `@secrets/secrets/recipes` binds each recipe to the OS pool with the same
 * {@linkcode drawWith}, one function at a time, so that a bundle keeps only
 * the recipes it calls.
 *
 * @module
 */

import type { RecipeRandom } from "../core/mod.ts";
import { drawWith } from "./_recipe.ts";
import { PASSWORD, type PasswordOptions } from "./password.ts";
import { PASSPHRASE, type PassphraseOptions } from "./passphrase.ts";
import { TOKEN_TEXT, type TokenTextOptions } from "./token_text.ts";
import { PIN, type PinOptions } from "./pin.ts";
import { RECOVERY_CODES, type RecoveryCodesOptions } from "./recovery_codes.ts";
import { OTP_SECRET, type OtpSecretOptions } from "./otp.ts";
import { API_KEY, API_KEY_PLACEHOLDER, type ApiKeyOptions } from "./api_key.ts";

/**
 * The recipes that draw, bound to one source: the same functions as
 * `@secrets/secrets/recipes` exports, making the same calls on the source.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { createSecrets, type Recipes } from "@secrets/secrets/testing";
 *
 * let next = 0;
 * const recipes: Recipes = createSecrets((buf) => {
 *   for (let i = 0; i < buf.length; i++) buf[i] = next++ % 251;
 * }).recipes;
 * // Each hex digit is choice() of 16: one byte, its top 5 bits (bytes 0 to 3 give 0).
 * assert.equal(recipes.tokenText({ bits: 16, alphabet: "hex" }), "0000");
 * ```
 */
export interface Recipes {
  /** `password(options)`, drawing from this source. */
  readonly password: (options?: PasswordOptions) => string;
  /** `passphrase(options)`, drawing from this source. */
  readonly passphrase: (options?: PassphraseOptions) => string;
  /** `tokenText(options)`, drawing from this source. */
  readonly tokenText: (options?: TokenTextOptions) => string;
  /** `apiKey(options)`, drawing from this source. */
  readonly apiKey: (options: ApiKeyOptions) => string;
  /** `pin(options)`, drawing from this source. */
  readonly pin: (options?: PinOptions) => string;
  /** `recoveryCodes(options)`, drawing from this source. */
  readonly recoveryCodes: (options?: RecoveryCodesOptions) => string[];
  /** `otpSecret(options)`, drawing from this source. */
  readonly otpSecret: (options?: OtpSecretOptions) => string;
  /** `apiKeyPlaceholder(options)`, drawing from this source. */
  readonly apiKeyPlaceholder: (options: ApiKeyOptions) => string;
}

/** Binds every recipe that draws to `random`. */
export function recipesFor(random: RecipeRandom): Recipes {
  return Object.freeze({
    password: (options?: PasswordOptions) => drawWith(PASSWORD, random, options),
    passphrase: (options?: PassphraseOptions) => drawWith(PASSPHRASE, random, options),
    tokenText: (options?: TokenTextOptions) => drawWith(TOKEN_TEXT, random, options),
    apiKey: (options: ApiKeyOptions) => drawWith(API_KEY, random, options),
    pin: (options?: PinOptions) => drawWith(PIN, random, options),
    recoveryCodes: (options?: RecoveryCodesOptions) => drawWith(RECOVERY_CODES, random, options),
    otpSecret: (options?: OtpSecretOptions) => drawWith(OTP_SECRET, random, options),
    apiKeyPlaceholder: (options: ApiKeyOptions) => drawWith(API_KEY_PLACEHOLDER, random, options),
  });
}
