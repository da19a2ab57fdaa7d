#!/usr/bin/env python3
"""Validates JSON or JSON Lines files against a JSON Schema (2020-12).

Usage: validate-json.py SCHEMA FILE...

A file whose whole text is one JSON value is validated as that value; otherwise every non-blank
line is validated as one value (JSON Lines). Prints "N valid" (N documents) when all are valid,
else one line per error, "FILE:LINE: PATH: MESSAGE", and exits 1. Exit 2 on a usage error or an
unreadable schema. Needs Python's jsonschema (Debian: python3-jsonschema).
"""
import json
import sys

try:
    from jsonschema import Draft202012Validator
except ImportError:
    print("validate-json: the jsonschema module is missing (apt-get install python3-jsonschema)", file=sys.stderr)
    sys.exit(2)


def documents(path):
    """Yields (line, value) for a JSON file (line 1) or each line of a JSON Lines file."""
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    try:
        yield 1, json.loads(text)
        return
    except json.JSONDecodeError:
        pass
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            yield number, json.loads(line)
        except json.JSONDecodeError as error:
            yield number, error


def main(arguments):
    if len(arguments) < 2:
        print("usage: validate-json.py SCHEMA FILE...", file=sys.stderr)
        return 2
    try:
        with open(arguments[0], encoding="utf-8") as handle:
            schema = json.load(handle)
        Draft202012Validator.check_schema(schema)
    except Exception as error:  # noqa: BLE001 - an unreadable or invalid schema stops the run
        print(f"{arguments[0]}: bad schema: {error}", file=sys.stderr)
        return 2
    validator = Draft202012Validator(schema)
    valid = 0
    errors = 0
    for path in arguments[1:]:
        try:
            for line, value in documents(path):
                if isinstance(value, json.JSONDecodeError):
                    print(f"{path}:{line}: not JSON: {value.msg}")
                    errors += 1
                    continue
                found = sorted(validator.iter_errors(value), key=lambda error: list(error.absolute_path))
                for error in found:
                    where = "/" + "/".join(str(part) for part in error.absolute_path)
                    print(f"{path}:{line}: {where}: {error.message}")
                errors += len(found)
                if not found:
                    valid += 1
        except (OSError, UnicodeDecodeError) as error:
            print(f"{path}: cannot read: {error}")
            errors += 1
    if errors:
        print(f"{errors} error{'s' if errors != 1 else ''}, {valid} valid")
        return 1
    print(f"{valid} valid")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
