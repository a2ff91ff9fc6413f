// The bundle's entry: runs the smoke test and reports in a closing line that
// every runtime prints the same way (console, and the page for browsers).
import { run } from "./smoke.ts";

const r = run();
const line =
  `compat (${r.runtime}, native encoders: ${r.native}): ${r.passed} passed, ${r.failed} failed`;
const doc = (globalThis as { document?: { body: { textContent: string } } }).document;
if (doc) doc.body.textContent = JSON.stringify(r);
console.log([...r.failures, line].join("\n"));
