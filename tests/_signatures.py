"""Prints CPython's signatures of the functions and methods named on stdin.

Reads {"secrets": [names], "SystemRandom": [names]} as JSON and writes
{"secrets": {name: {"params": [...], "kwonly": [...]}}, "SystemRandom": {...}}:
the positional-or-keyword and keyword-only parameter names, `self` left out.
Functions without a signature to read (C functions, *args) are left out.
Used by tests/methods_test.ts.
"""

import inspect
import json
import random
import secrets
import sys


def signature(f):
    try:
        ps = list(inspect.signature(f).parameters.values())
    except (TypeError, ValueError):
        return None
    if any(p.kind == p.VAR_POSITIONAL for p in ps):
        return None
    return {
        "params": [p.name for p in ps if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD) and p.name != "self"],
        "kwonly": [p.name for p in ps if p.kind == p.KEYWORD_ONLY],
    }


def main():
    names = json.load(sys.stdin)
    out = {"secrets": {}, "SystemRandom": {}}
    for name in names["secrets"]:
        sig = signature(getattr(secrets, name))
        if sig is not None:
            out["secrets"][name] = sig
    for name in names["SystemRandom"]:
        sig = signature(getattr(random.SystemRandom, name))
        if sig is not None:
            out["SystemRandom"][name] = sig
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
