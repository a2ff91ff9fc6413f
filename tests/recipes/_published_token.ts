// The real, expired GitHub token that base62-token@1.1.1 publishes in its README, read from the
// installed npm package at test time (nothing fetched is committed). Importing the package is
// what installs it and makes import.meta.resolve give a file URL.
import Base62Token from "base62-token";
import { assert } from "../_helpers.ts";

/** base62-token's own implementation of GitHub's checksum, for cross-checks. */
export { Base62Token };

/** The token, `ghp_` + 30 random + 6 checksum characters. */
export async function publishedToken(): Promise<string> {
  const readme = await Deno.readTextFile(new URL(import.meta.resolve("base62-token/README.md")));
  // The README writes it in its three parts: // ex: "ghp_" + "<30>" + "<6>"
  const m = readme.match(/"(ghp_)" \+ "([0-9A-Za-z]{30})" \+ "([0-9A-Za-z]{6})"/);
  assert.ok(m, "the README of base62-token@1.1.1 holds its example token");
  return m[1] + m[2] + m[3];
}
