/**
 * The npm package's documents. The package ships its README, PYTHON.md and
 * LICENSE, and every document they link to, followed link by link
 * (CONTRIBUTING.md, SECURITY.md, bench/RESULTS.md, conformance/README.md and
 * the vectors' README): a relative link of a packed document never points
 * outside the tarball. A link to a source file (`recipes.ts`) points at its
 * declarations instead (`recipes.d.ts`, which carry its documentation); a
 * link to anything else is a problem the build reports. (The package
 * declares no repository URL outside GitHub Actions, so there is no page to
 * point such links at.)
 *
 * A link is an inline link or image, `[text](target)` or
 * `[text](target "title")`, or a reference definition, `[name]: target`,
 * outside fenced code blocks and code spans. It is relative when it has no
 * scheme (`https:`, `mailto:`), is not a fragment of this page (`#usage`),
 * and does not start with `/`.
 *
 * @module
 */

import { posix } from "node:path";

/** One relative link: where its target is in the text, and the file it names. */
export interface Link {
  /** The target as written: `bench/RESULTS.md#speed`. */
  readonly target: string;
  /** The file, relative to the document's folder, without `#fragment` or `?query`: `bench/RESULTS.md`. */
  readonly file: string;
  /** The offset of the target in the text. */
  readonly index: number;
}

/** `text` with fenced code blocks and code spans blanked (same length: offsets stay). */
function withoutCode(text: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, " ");
  let fence: string | undefined; // the open fence's characters, while in a block
  const lines = text.split("\n").map((line) => {
    const m = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence === undefined) {
      if (m === null) return line;
      fence = m[1];
      return blank(line);
    }
    if (m !== null && m[1][0] === fence[0] && m[1].length >= fence.length) fence = undefined;
    return blank(line);
  });
  // A code span: a run of backticks, then the same run (CommonMark).
  return lines.join("\n").replace(/(?<!`)(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, blank);
}

const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;

/** Every relative link of `markdown`, in order. */
export function relativeLinks(markdown: string): Link[] {
  const text = withoutCode(markdown);
  const links: Link[] = [];
  const add = (target: string, index: number) => {
    if (target === "" || SCHEME.test(target) || target.startsWith("#")) return;
    if (target.startsWith("/")) return;
    links.push({ target, file: decodeURI(target.replace(/[?#].*$/, "")), index });
  };
  // [text](target) and ![alt](target), with an optional title; <target> too.
  const inline = /\[(?:[^[\]]|\[[^[\]]*\])*\]\(\s*(<[^>\n]*>|[^\s()]+)(?:\s+"[^"\n]*")?\s*\)/g;
  for (const m of text.matchAll(inline)) {
    const raw = m[1];
    const target = raw.startsWith("<") ? raw.slice(1, -1) : raw;
    add(target, m.index! + m[0].indexOf(raw) + (raw.startsWith("<") ? 1 : 0));
  }
  // [name]: target
  for (const m of text.matchAll(/^ {0,3}\[[^\]\n]+\]:[ \t]*(\S+)/gm)) {
    add(m[1], m.index! + m[0].length - m[1].length);
  }
  return links.sort((a, b) => a.index - b.index);
}

/** `file` (relative to `doc`'s folder) as a path from the package's root: `conformance/vectors/README.md`. */
export function fromRoot(doc: string, file: string): string {
  return posix.normalize(posix.join(posix.dirname(doc), file));
}

/** `markdown` with the target of each link replaced by `to(link)` (unchanged where it returns the target). */
export function rewriteLinks(markdown: string, to: (link: Link) => string): string {
  let out = "";
  let at = 0;
  for (const link of relativeLinks(markdown)) {
    out += markdown.slice(at, link.index) + to(link);
    at = link.index + link.target.length;
  }
  return out + markdown.slice(at);
}

/** What {@linkcode packageDocs} gives: each document's packed text, by path, and the problems. */
export interface PackageDocs {
  /** Path from the package's root -> the text to write (links to sources rewritten). */
  readonly docs: Map<string, string>;
  /** Links that resolve to nothing the package can ship: `README.md links to x.json`. */
  readonly problems: string[];
}

/** The documents every package ships, from which links are followed; and the license. */
export const ROOT_DOCS: readonly string[] = ["README.md", "PYTHON.md"];

/**
 * The documents of the package built from `read` (a file's text by its path
 * from the repository's root, or `undefined` when there is none), where
 * `declared(path)` says whether the package has the declarations
 * `path` (`recipes.d.ts`).
 */
export function packageDocs(
  read: (path: string) => string | undefined,
  declared: (path: string) => boolean,
): PackageDocs {
  const docs = new Map<string, string>();
  const problems: string[] = [];
  const queue = [...ROOT_DOCS];
  const seen = new Set(queue);
  while (queue.length > 0) {
    const doc = queue.shift()!;
    const text = read(doc);
    if (text === undefined) {
      problems.push(`${doc} does not exist`);
      continue;
    }
    docs.set(
      doc,
      rewriteLinks(text, (link) => {
        const file = fromRoot(doc, link.file);
        if (file.endsWith(".md") && read(file) !== undefined) {
          if (!seen.has(file)) queue.push(file);
          seen.add(file);
          return link.target;
        }
        const dts = file.replace(/\.ts$/, ".d.ts");
        if (file.endsWith(".ts") && declared(dts)) {
          return link.target.replace(/\.ts(?=$|[#?])/, ".d.ts");
        }
        if (file === "LICENSE") return link.target;
        problems.push(`${doc} links to ${link.target}, which the package has no file for`);
        return link.target;
      }),
    );
  }
  return { docs, problems };
}

/**
 * What `deno task build:npm` prints for Node.js, the README's install from a
 * clone: pack the built folder `out` (a tarball is a copy of the package;
 * installing the folder makes a symlink, broken by a rebuild or a moved
 * clone), then install the tarball, named as `npm pack` names it
 * (`@secrets/secrets` 0.1.0: `secrets-secrets-0.1.0.tgz`).
 */
export function installLines(out: string, name: string, version: string): string[] {
  const tarball = `${name.replace(/^@/, "").replace("/", "-")}-${version}.tgz`;
  return [
    `Node.js: cd ${out} && npm pack   # makes ${tarball}; then, in your project:`,
    `Node.js: npm install ${posix.join(out, tarball)}`,
  ];
}
