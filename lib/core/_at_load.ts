/**
 * `atLoad(make)`: a module-level value computed when the module loads, in a
 * call a bundler may drop when nothing uses the value.
 *
 * esbuild (and so `deno bundle`) keeps every top-level statement it cannot
 * prove free of side effects: a property read (`U8.prototype.toHex`, which
 * could run a getter), a call of a built-in (`Math.exp(-0.5)`,
 * `Object.freeze(...)`), an arithmetic operator on anything but literals. A
 * call marked `@__PURE__` whose arguments are functions is dropped when its
 * result is unused, so `const X = /* @__PURE__ *\/ atLoad(() => ...)` keeps
 * the value, and its capture at load, exactly where a program uses it.
 *
 * @module
 */

/**
 * Returns `make()`, called now. Mark each call `/* @__PURE__ *\/`.
 */
export function atLoad<T>(make: () => T): T {
  return make();
}
