"""Times the benchmark's calls on CPython with timeit; prints JSON {name: ops per second}.

Run by scripts/bench_report.ts (or by hand: python3 scripts/bench_cpython.py).
The names match bench/secrets_bench.ts, so the report can divide one by the other.
"""

import json
import sys
import timeit

SETUP = """
import secrets, random
from secrets import token_bytes, token_hex, token_urlsafe, randbelow, randbits, choice, compare_digest
rng = random.SystemRandom()
ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
BIG = 2 ** 256
MILLION = list(range(1_000_000))
POP = list(range(100))
W = [i + 1 for i in POP]
A32 = ALNUM[:32]
"""

CALLS = {
    "token_hex(16)": "token_hex(16)",
    "token_urlsafe(32)": "token_urlsafe(32)",
    "randbelow(1000)": "randbelow(1000)",
    "choice(62 characters)": "choice(ALNUM)",
    "randbits(32)": "randbits(32)",
    "SystemRandom.random()": "rng.random()",
    "randbelow(2n ** 256n)": "randbelow(BIG)",
    "token_bytes(1 << 20)": "token_bytes(1 << 20)",
    "shuffle(1,000,000 numbers)": "rng.shuffle(MILLION)",
    "token_bytes(32)": "token_bytes(32)",
    "token_hex(32)": "token_hex(32)",
    "token_urlsafe(16)": "token_urlsafe(16)",
    "randbits(64n)": "randbits(64)",
    "compare_digest(32 chars)": "compare_digest(A32, A32)",
    "SystemRandom.randrange(0, 1000, 7)": "rng.randrange(0, 1000, 7)",
    "SystemRandom.randint(1, 6)": "rng.randint(1, 6)",
    "SystemRandom.uniform(0, 10)": "rng.uniform(0, 10)",
    "SystemRandom.triangular()": "rng.triangular()",
    "SystemRandom.choices(100, weights, k=10)": "rng.choices(POP, W, k=10)",
    "SystemRandom.sample(100, 10)": "rng.sample(POP, 10)",
    "SystemRandom.shuffle(100)": "rng.shuffle(POP)",
    "SystemRandom.getrandbits(32)": "rng.getrandbits(32)",
    "SystemRandom.randbytes(16)": "rng.randbytes(16)",
    "SystemRandom.gauss()": "rng.gauss()",
    "SystemRandom.normalvariate()": "rng.normalvariate()",
    "SystemRandom.lognormvariate(0, 1)": "rng.lognormvariate(0, 1)",
    "SystemRandom.expovariate()": "rng.expovariate()",
    "SystemRandom.vonmisesvariate(0, 4)": "rng.vonmisesvariate(0, 4)",
    "SystemRandom.gammavariate(2.5, 1)": "rng.gammavariate(2.5, 1)",
    "SystemRandom.betavariate(2, 5)": "rng.betavariate(2, 5)",
    "SystemRandom.paretovariate(3)": "rng.paretovariate(3)",
    "SystemRandom.weibullvariate(1, 1.5)": "rng.weibullvariate(1, 1.5)",
    "SystemRandom.binomialvariate(100, 0.5)": "rng.binomialvariate(100, 0.5)",
}


def main():
    out = {"python": sys.version.split()[0], "ops": {}}
    for name, stmt in CALLS.items():
        timer = timeit.Timer(stmt, SETUP)
        number, _ = timer.autorange()  # enough calls for >= 0.2 s
        best = min(timer.repeat(repeat=5, number=number)) / number  # timeit's advice: the minimum
        out["ops"][name] = 1.0 / best
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
