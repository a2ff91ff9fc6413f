"""Conformance driver: runs cases on CPython's `secrets` / `random.SystemRandom`.

Reads a case file (JSON, schema in conformance/vectors/README.md) on stdin and
writes the results as JSON on stdout. Every case replaces the byte source that
`random.SystemRandom` reads (`random._urandom`, i.e. `os.urandom`) with a
deterministic stream, so any other implementation fed the same stream must
give the same answers.

Runs unchanged on any CPython 3.11+ and inside Pyodide (see `run`).
"""

import hmac
import json
import math
import random
import secrets
import string
import sys
import urllib.parse
import warnings
import zlib

MASK = (1 << 64) - 1


class Stream:
    """The case's byte stream: explicit hex bytes, then splitmix64(seed)."""

    def __init__(self, spec):
        self.prefix = bytes.fromhex(spec.get("hex", ""))
        self.state = int(spec.get("seed", "0")) & MASK
        self.buf = bytearray(self.prefix)
        self.used = 0

    def _word(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return (z ^ (z >> 31)).to_bytes(8, "little")

    def read(self, n):
        if n < 0:
            raise ValueError("negative argument not allowed")
        while len(self.buf) - self.used < n:
            self.buf += self._word()
        out = bytes(self.buf[self.used:self.used + n])
        self.used += n
        return out


def password(length, alphabet, min_lower=0, min_upper=0, min_digits=0, min_symbols=0):
    """The recipe of the secrets documentation, with its constraints as parameters."""
    while True:
        pw = "".join(secrets.choice(alphabet) for i in range(length))
        if (sum(c in string.ascii_lowercase for c in pw) >= min_lower
                and sum(c in string.ascii_uppercase for c in pw) >= min_upper
                and sum(c in string.digits for c in pw) >= min_digits
                and sum(c in string.punctuation for c in pw) >= min_symbols):
            return pw


def passphrase(words, count, separator=" "):
    """The XKCD-style recipe of the secrets documentation."""
    return separator.join(secrets.choice(words) for i in range(count))


# ---- Tokens sized in bits, API keys, collision math ---------------------------
# Written from the definitions in vectors/README.md, independently of the
# TypeScript: the alphabets from Python's string constants, the lengths by
# counting up in integers, the checksum with zlib.crc32.

ALPHABETS = {
    "hex": string.digits + "abcdef",
    "base32": string.ascii_uppercase + "234567",  # RFC 4648
    "crockford": "".join(c for c in string.digits + string.ascii_uppercase if c not in "ILOU"),
    "base58": "".join(
        c for c in string.digits + string.ascii_uppercase + string.ascii_lowercase
        if c not in "0OIl"
    ),
    "base62": string.digits + string.ascii_uppercase + string.ascii_lowercase,
    "base64url": string.ascii_uppercase + string.ascii_lowercase + string.digits + "-_",
    "numeric": string.digits,
    "lowercase": string.ascii_lowercase,
}
BASE62 = ALPHABETS["base62"]


def length_for(bits, size):
    """The smallest n with size**n >= 2**bits."""
    n = 0
    while size ** n < 2 ** bits:
        n += 1
    return n


def token_text(bits=256, alphabet="base32"):
    """''.join(secrets.choice(alphabet) for _ in range(n)), n characters for `bits` bits."""
    alphabet = ALPHABETS.get(alphabet, alphabet)
    return "".join(secrets.choice(alphabet) for _ in range(length_for(bits, len(alphabet))))


def api_key_checksum(body):
    """zlib.crc32 of the ASCII body, as 6 base62 digits, most significant first."""
    crc = zlib.crc32(body.encode("ascii"))
    return "".join(BASE62[crc // 62 ** i % 62] for i in reversed(range(6)))


def checksummed(prefix, random, checksum_covers):
    """What the checksum is the CRC-32 of: prefix + "_" + random, or (as GitHub) random alone."""
    if checksum_covers == "prefixAndRandom":
        return prefix + "_" + random
    if checksum_covers == "random":
        return random
    raise ValueError(checksum_covers)


def api_key(prefix, bits=160, checksum_covers="prefixAndRandom"):
    random = "".join(secrets.choice(BASE62) for _ in range(length_for(bits, 62)))
    return prefix + "_" + random + api_key_checksum(checksummed(prefix, random, checksum_covers))


def check_api_key(key, prefix, bits=160, checksum_covers="prefixAndRandom"):
    head = prefix + "_"
    random = key[len(head):-6]
    return (len(key) == len(head) + length_for(bits, 62) + 6
            and key.startswith(head)
            and all(c in BASE62 for c in key[len(head):])
            and api_key_checksum(checksummed(prefix, random, checksum_covers)) == key[-6:])


def collision_probability(count, bits):
    """The birthday bound; more tokens than 2**bits values collide for certain."""
    if count > 2 ** bits:
        return 1.0
    return -math.expm1(-(count * (count - 1) // 2) / 2 ** bits)


def bits_for(count, probability):
    bits = 0
    while collision_probability(count, bits) > probability:
        bits += 1
    return bits


# ---- PINs, recovery codes, OTP secrets -----------------------------------------
# Written from the definitions in vectors/README.md, independently of the
# TypeScript.

def pin_kinds(length):
    """The PINs of each named kind, by definition."""
    sequential = set()
    for first in range(10):
        for step in (1, -1):
            ds = [first + step * i for i in range(length)]
            if all(0 <= d <= 9 for d in ds):
                sequential.add("".join(map(str, ds)))
    return {
        "repeated": {d * length for d in string.digits},
        "sequential": sequential,
        "repeating-pairs": {
            "".join((a, b)[i % 2] for i in range(length))
            for a in string.digits for b in string.digits
        },
    }


def pin(length=6, exclude=()):
    """''.join(choice(digits) for _ in range(length)), drawn again while excluded."""
    kinds = pin_kinds(length)
    excluded = set()
    for e in exclude:
        excluded |= kinds[e] if e in kinds else {e}
    while True:
        p = "".join(secrets.choice(string.digits) for _ in range(length))
        if p not in excluded:
            return p


CROCKFORD = ALPHABETS["crockford"]
CROCKFORD_READ = (
    {c: c for c in CROCKFORD} | {c.lower(): c for c in CROCKFORD}
    | dict.fromkeys("IiLl", "1") | dict.fromkeys("Oo", "0") | dict.fromkeys("- ", "")
)


def recovery_codes(count=10, bits=64, group_size=4, separator="-"):
    """count distinct codes of whole groups reaching bits; a repeated code is drawn again."""
    groups = -(-(-(-bits // 5)) // group_size)
    n = groups * group_size
    codes = []
    while len(codes) < count:
        code = "".join(secrets.choice(CROCKFORD) for _ in range(n))
        if code not in codes:
            codes.append(code)
    return [separator.join(c[i:i + group_size] for i in range(0, n, group_size)) for c in codes]


def normalize_recovery_code(code):
    """Crockford's decoding rules: case ignored, I and L read as 1, O as 0, - and space dropped."""
    out = []
    for i, c in enumerate(code):
        if c not in CROCKFORD_READ:
            raise ValueError(f"code[{i}] is {c!r}, not a character of a recovery code")
        out.append(CROCKFORD_READ[c])
    return "".join(out)


def verify_recovery_code(code, codes):
    """The index of the last code that code reads as, or -1; every code compared in full."""
    try:
        typed = normalize_recovery_code(code)
    except ValueError:
        typed = None
    found = -1
    for i, c in enumerate(codes):
        if hmac.compare_digest(typed or "", normalize_recovery_code(c)) and typed is not None:
            found = i
    return found


BASE32 = ALPHABETS["base32"]


def otp_secret(bits=160):
    """Whole bytes in RFC 4648 base32, no padding: the last character's unused bits zero."""
    nbytes = -(-bits // 8)
    n = -(-(8 * nbytes) // 5)
    unused = 5 * n - 8 * nbytes
    return ("".join(secrets.choice(BASE32) for _ in range(n - 1))
            + secrets.choice(BASE32[::2 ** unused]))


def otpauth_uri(secret, account, issuer=None, algorithm="SHA1", digits=6, period=30):
    """The Key Uri Format; names percent-encoded as RFC 3986 says, defaults left out."""
    def q(s):
        return urllib.parse.quote(s, safe="")
    label = q(account) if issuer is None else q(issuer) + ":" + q(account)
    uri = f"otpauth://totp/{label}?secret={secret}"
    if issuer is not None:
        uri += "&issuer=" + q(issuer)
    if algorithm != "SHA1":
        uri += "&algorithm=" + algorithm
    if digits != 6:
        uri += f"&digits={digits}"
    if period != 30:
        uri += f"&period={period}"
    return uri


RECIPES = {
    "password": password,
    "passphrase": passphrase,
    "token_text": token_text,
    "api_key": api_key,
    "check_api_key": check_api_key,
    "collision_probability": collision_probability,
    "bits_for": bits_for,
    "pin": pin,
    "recovery_codes": recovery_codes,
    "normalize_recovery_code": normalize_recovery_code,
    "verify_recovery_code": verify_recovery_code,
    "otp_secret": otp_secret,
    "otpauth_uri": otpauth_uri,
}


def decode(v):
    """Case values: JSON scalars and lists, ints/floats/bytes tagged."""
    if isinstance(v, list):
        return [decode(x) for x in v]
    if isinstance(v, dict):
        if "int" in v:
            return int(v["int"])
        if "bigint" in v:
            return int(v["bigint"])
        if "float" in v:
            return float.fromhex(v["float"])
        if "bytes" in v:
            return bytes.fromhex(v["bytes"])
        if "str" in v:
            return v["str"]
        if "set" in v:
            return set(decode(v["set"]))
        raise ValueError(f"unknown tagged value {v!r}")
    return v


def encode(v):
    if isinstance(v, bool) or v is None:
        return v
    if isinstance(v, int):
        return {"int": str(v)}
    if isinstance(v, float):
        return {"float": v.hex()}
    if isinstance(v, (bytes, bytearray)):
        return {"bytes": bytes(v).hex()}
    if isinstance(v, str):
        return {"str": v}
    if isinstance(v, (list, tuple)):
        return [encode(x) for x in v]
    raise TypeError(f"cannot encode {type(v).__name__}")


def run_case(case):
    stream = Stream(case.get("stream", {}))
    saved = random._urandom
    random._urandom = stream.read
    try:
        gen = random.SystemRandom()
        results = []
        for call in case["calls"]:
            module, _, name = call["fn"].partition(".")
            args = [decode(a) for a in call.get("args", [])]
            kwargs = {k: decode(v) for k, v in call.get("kwargs", {}).items()}
            mutate = call.get("mutate")
            try:
                # Inside the try: an older Python may lack the method.
                owner = {"secrets": secrets, "recipes": None}.get(module, gen)
                target = RECIPES[name] if module == "recipes" else getattr(owner, name)
                value = target(*args, **kwargs)
                if mutate is not None:
                    value = args[mutate]  # shuffle: the shuffled list
                results.append({"ok": encode(value)})
            except Exception as e:  # every exception is a result to compare
                results.append({"error": {"type": type(e).__name__, "message": str(e)}})
        nxt = stream.read(8).hex()
    finally:
        random._urandom = saved
    return {"id": case["id"], "results": results, "next": nxt}


def run(text):
    """Runs a case file given as text; returns the results file as text."""
    warnings.simplefilter("ignore")  # 3.11's randrange(3.0) deprecation, etc.
    doc = json.loads(text)
    out = {
        "schema": 1,
        "python": sys.version.split()[0],
        "implementation": sys.implementation.name,
        "platform": sys.platform,
        "results": [run_case(c) for c in doc["cases"]],
    }
    return json.dumps(out)


if __name__ == "__main__" and sys.platform != "emscripten":  # Pyodide calls run()
    sys.stdout.write(run(sys.stdin.read()))
