/**
 * Help text, generated from the command table: usage lines, the two-column
 * lists of arguments and options, and a command's whole help.
 *
 * @module
 */

import type { CommandDef, Grammar, OptionDef } from "./_grammar.ts";
import { metavar } from "./_grammar.ts";
import { TOOL_EXIT_STATUS } from "./_outcome.ts";

/** The arguments part of a usage line: `[N]`, `ITEM...`. */
export function argsUsage<R, C>(cmd: CommandDef<R, C>): string {
  return (cmd.args ?? []).map((a) => {
    const core = a.label ?? (a.many ? `${a.name}...` : a.name);
    return a.optional ? `[${core}]` : core;
  }).join(" ");
}

/** The program, the command, its arguments and its required options. */
export function usageOf<R, C>(cmd: CommandDef<R, C>, program: string): string {
  const required = (cmd.options ?? []).filter((o) => o.required).map((o) =>
    `--${o.name} ${metavar(o)}`
  );
  return [program, cmd.name, argsUsage(cmd), ...required].filter((s) => s).join(" ");
}

export function optionUsage(o: OptionDef): string {
  const letter = o.short ?? o.letter;
  const head = letter ? `-${letter}, --${o.name}` : `--${o.name}`;
  if (o.type === "flag") return head;
  return o.type === "items" ? `${head} ${metavar(o)}...` : `${head} ${metavar(o)}`;
}

function notes(d: { default?: string; min?: number; max?: number }): string {
  const parts: string[] = [];
  if (d.default !== undefined) parts.push(`default ${d.default}`);
  if (d.min !== undefined && d.max !== undefined && d.max < Number.MAX_SAFE_INTEGER) {
    parts.push(`${d.min} to ${d.max}`);
  }
  return parts.length ? ` (${parts.join("; ")})` : "";
}

/** Two-column lines: names padded to one width, then their help. */
export function columns(rows: readonly [string, string][], indent = 2): string[] {
  const width = Math.max(...rows.map(([left]) => left.length)) + 2;
  return rows.map(([left, right]) =>
    `${" ".repeat(indent)}${left.padEnd(width)}${right}`.trimEnd()
  );
}

/** The lines that describe a command's arguments and options. */
export function helpLines<R, C>(cmd: CommandDef<R, C>): string[] {
  const rows: [string, string][] = [
    ...(cmd.args ?? []).map((a): [string, string] => [
      a.label ?? (a.many ? `${a.name}...` : a.name),
      a.help + notes(a),
    ]),
    ...(cmd.options ?? []).map((o): [string, string] => [
      optionUsage(o),
      o.help + notes(o) +
      (o.aliases?.length ? ` (also ${o.aliases.map((a) => `--${a}`).join(", ")})` : ""),
    ]),
  ];
  return rows.length ? columns(rows) : [];
}

/** The help of one command. */
export function commandHelp<R, C>(
  grammar: Grammar<R, C>,
  cmd: CommandDef<R, C>,
  footer: string,
): string {
  const common = cmd.results === false
    ? ""
    : " " + grammar.global.filter((o) =>
      o.name !== "version" && !cmd.refuse?.[o.name] &&
      !(cmd.options ?? []).some((own) => own.name === o.name)
    ).map((
      o,
    ) => o.type === "flag" ? `[--${o.name}]` : `[--${o.name} ${metavar(o)}]`).join(" ");
  const own = (cmd.options ?? []).filter((o) => !o.required).map((o) =>
    o.type === "flag" ? `[--${o.name}]` : `[--${o.name} ${metavar(o)}]`
  ).join(" ");
  const usage = `usage: ${
    [usageOf(cmd, grammar.program), own].filter((s) => s).join(" ")
  }${common}`;
  const aliases = cmd.aliases?.length ? `\nalso: ${cmd.aliases.join(", ")}` : "";
  const lines = [
    wrap(usage, 100, "        "),
    "",
    cmd.summary + (cmd.description ? "\n" + cmd.description : "") + aliases,
  ];
  const body = helpLines(cmd);
  if (body.length) lines.push("", ...body);
  lines.push("", cmd.footer ?? footer);
  return lines.join("\n");
}

/** Wraps a usage line at spaces before brackets, continuing lines with `indent`. */
function wrap(line: string, width: number, indent: string): string {
  const out: string[] = [];
  let rest = line;
  while (rest.length > width) {
    let cut = rest.lastIndexOf(" [", width);
    if (cut <= indent.length) cut = rest.indexOf(" [", width);
    if (cut < 0) break;
    out.push(rest.slice(0, cut));
    rest = indent + rest.slice(cut + 1);
  }
  out.push(rest);
  return out.join("\n");
}

/** The tool's help: the commands of `grammar`, its fallback mode and its global options. */
export function toolHelp<R, C>(grammar: Grammar<R, C>): string {
  const { commands: COMMANDS, fallback: RANDOM_MODE, global: GLOBAL } = grammar;
  const commands = columns(COMMANDS.map((c) => [`${c.name} ${argsUsage(c)}`.trim(), c.summary]));
  const aliases = COMMANDS.flatMap((c) => c.aliases ?? []);
  return [
    "usage: secrets COMMAND [ARGS] [--count N] [--json] [--entropy]",
    "       secrets [-c ITEM... | -i N | -f N | NUMBER]     (as python -m random)",
    "",
    "Secure random tokens, passwords, passphrases, API keys and choices, as Python's secrets",
    "module, and the collision math to size tokens.",
    "",
    "commands:",
    ...commands,
    `  (Python's names work too: ${aliases.join(", ")})`,
    "",
    "without a command, as CPython 3.13's python -m random (choosing among words takes -c):",
    ...helpLines(RANDOM_MODE),
    "",
    "options, before or after the command:",
    ...helpLines({ ...RANDOM_MODE, args: [], options: GLOBAL }),
    "",
    "--json prints floats as JSON numbers, and text, tokens and bytes (as hex) as JSON strings.",
    "",
    TOOL_EXIT_STATUS,
  ].join("\n");
}
