#!/usr/bin/env python3
"""Times other CSV readers on the benchmark's client CSV, to set pi-import-bench's figures beside them
in the same minute (this VM's speed drifts by up to 2x from minute to minute).

    pip install duckdb polars        # not needed by pi-import itself
    python3 scripts/bench-peers.py bench-data/clients-1000000.csv

Every reader materialises every field as text, as `pi-import-bench csv` does:
- duckdb: all columns as VARCHAR, the sum of every field's length (a bare count(*) skips the fields);
- duckdb-1: the same on one thread;
- polars: `read_csv` with no type inference;
- python-csv: the standard library's csv module.
"""
import csv
import os
import resource
import sys
import time


def duckdb_lengths(path, threads=None):
    import duckdb

    connection = duckdb.connect()
    if threads:
        connection.execute(f"set threads={threads}")
    source = f"read_csv('{path}', all_varchar=true, header=true)"
    columns = connection.sql(f"select * from {source} limit 0").columns
    lengths = " + ".join(f'coalesce(length("{column}"), 0)' for column in columns)
    return connection.sql(f"select count(*), sum({lengths}) from {source}").fetchall()[0]


def polars_frame(path):
    import polars

    return polars.read_csv(path, infer_schema=False).height


def python_csv(path):
    rows = 0
    with open(path, newline="", encoding="utf-8") as file:
        for _ in csv.reader(file):
            rows += 1
    return rows


READERS = {
    "duckdb": duckdb_lengths,
    "duckdb-1": lambda path: duckdb_lengths(path, threads=1),
    "polars": polars_frame,
    "python-csv": python_csv,
}


def main():
    path = sys.argv[1]
    names = sys.argv[2:] or ["duckdb", "duckdb-1", "polars"]
    size = os.path.getsize(path)
    for name in names:
        start = time.perf_counter()
        try:
            result = READERS[name](path)
        except ImportError as error:
            print(f"{name}: not installed ({error.name})")
            continue
        seconds = time.perf_counter() - start
        print(f"{name}: {size / seconds / 1e6:.0f} MB/s ({seconds:.2f} s, {result})")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory of this process: {peak:.0f} MiB")


if __name__ == "__main__":
    main()
