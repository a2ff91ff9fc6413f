"""Runs CPython's `python -m random` (random.main) on each argument vector of
a JSON list read from stdin; prints a JSON list of {code, stdout, stderr}.
One process for the whole table: as `python -m random ARGS` would, each run
prints main()'s result, and an exception is a refusal with status 1."""
import contextlib
import io
import json
import random
import sys

results = []
for argv in json.load(sys.stdin):
    out, err = io.StringIO(), io.StringIO()
    code = 0
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            print(random.main(argv))
        except SystemExit as e:
            code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
        except Exception as e:  # what would be a traceback
            code = 1
            print(f"{type(e).__name__}: {e}", file=err)
    results.append({"code": code, "stdout": out.getvalue(), "stderr": err.getvalue()})
json.dump({"version": list(sys.version_info[:3]), "results": results}, sys.stdout)
