"""Times CPython statements handed over on stdin, one round at a time.

Run by bench/report.ts, which builds the input from the benchmark table
(bench/_table.ts); this script keeps no list of its own. The first stdin line:

    {"setup": "<python>", "plan": {"batchMs": B, "warmupMs": W},
     "rows": [{"name": ..., "stmt": ..., "callee": ..., "expect": ...}, ...]}

Before timing anything it checks that every statement is a single call whose
callee is written `callee` and resolves, in the setup's namespace, to the
function named by `expect` ("secrets.token_hex", "random.SystemRandom.randrange":
a bound method of a SystemRandom instance). Then it times the rows the way
bench/_harness.ts does: a batch size per row (about B ms a batch), warm-up,
then prints {"version", "rows", "sizes"}; each further line `round R` times
one batch of every row, starting at row R, and prints {"ns": [per row]};
`end` exits. The report runs one such process per pass over the table, right
after the Deno and Node.js rows of that pass. The garbage collector stays
on, as in JavaScript.
"""

import ast
import importlib
import inspect
import json
import sys
import time
import timeit


def expected(path):
    module, _, rest = path.partition(".")
    obj = importlib.import_module(module)
    for part in rest.split("."):
        obj = getattr(obj, part)
    return obj


def check(row, ns):
    tree = ast.parse(row["stmt"], mode="eval").body
    if not isinstance(tree, ast.Call):
        raise SystemExit(f"{row['name']}: {row['stmt']!r} is not a call")
    if ast.unparse(tree.func) != row["callee"]:
        raise SystemExit(f"{row['name']}: {row['stmt']!r} does not call {row['callee']}")
    got = eval(row["callee"], ns)  # a name or attribute path from the setup
    want = expected(row["expect"])
    if inspect.ismethod(want):  # secrets.choice is SystemRandom().choice, bound
        ok = inspect.ismethod(got) and got.__self__ is want.__self__ and got.__func__ is want.__func__
    elif inspect.ismethod(got):  # rng.randrange: the method of SystemRandom, on a SystemRandom
        cls = expected(row["expect"].rsplit(".", 1)[0])
        ok = type(got.__self__) is cls and got.__func__ is want
    else:
        ok = got is want
    if not ok:
        raise SystemExit(f"{row['name']}: {row['callee']} is {got!r}, not {row['expect']}")


def main():
    spec = json.loads(sys.stdin.readline())
    plan = spec["plan"]
    ns = {}
    exec(spec["setup"], ns)
    rows = spec["rows"]
    for row in rows:
        check(row, ns)
    timers = [timeit.Timer(row["stmt"], "gc.enable()", globals={**ns, "gc": __import__("gc")})
              for row in rows]
    batch = plan["batchMs"] / 1000
    sizes = []
    for t in timers:
        n = 1
        while n < 2**30 and t.timeit(n) < batch / 8:
            n *= 2
        end = time.perf_counter() + plan["warmupMs"] / 1000
        dt = t.timeit(n)
        while time.perf_counter() < end:
            dt = min(dt, t.timeit(n))
        sizes.append(max(1, round(n * batch / max(dt, 1e-6))))
    print(json.dumps({"version": f"CPython {sys.version.split()[0]}",
                      "rows": [row["name"] for row in rows], "sizes": sizes}), flush=True)
    for line in sys.stdin:
        command = line.split()
        if command == ["end"]:
            break
        if len(command) != 2 or command[0] != "round":
            raise SystemExit(f"bench/cpython.py: unknown command {line!r}")
        r = int(command[1])
        out = [0.0] * len(rows)
        for j in range(len(rows)):
            i = (r + j) % len(rows)
            out[i] = timers[i].timeit(sizes[i]) * 1e9 / sizes[i]
        print(json.dumps({"ns": out}), flush=True)


if __name__ == "__main__":
    main()
