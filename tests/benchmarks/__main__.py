"""``python -m tests.benchmarks [--visits N] [--seed S] [--only NAME[,NAME]] [--repeat R]``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tests.benchmarks import (
    build_measures,
    evidence_measures,
    keystroke_measures,
    load_measures,
    measures,
    report_measures,
    runner,
    scale_measures,
    today_measures,
)
from tests.benchmarks.demo_db import CACHE_DIR, ensure


def compile_bytecode() -> None:
    """Measure the app as installed: pip and PyInstaller ship compiled bytecode, while a
    source checkout run with PYTHONDONTWRITEBYTECODE (as CI shells often are) would make
    every start-up compile each of the app's modules again and time the compiler."""
    import compileall

    import medbetjening

    package = Path(medbetjening.__file__).resolve().parent
    if not compileall.compile_dir(package, quiet=1):
        raise SystemExit(f"could not compile {package}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks", description=__doc__)
    parser.add_argument(
        "--visits",
        type=int,
        default=1_000_000,
        help="demo visits (1000000); from 5000000 on only the 10M measures run",
    )
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--only", default="", help="comma-separated measure names")
    parser.add_argument("--repeat", type=int, default=5, help="runs per start-up measure")
    parser.add_argument("--rebuild", action="store_true", help="build the database again")
    parser.add_argument("--list", action="store_true", help="list the measures and stop")
    args = parser.parse_args(argv)
    names = [name for name, _ in runner.MEASURES]
    if args.list:
        print("\n".join(names))
        return 0
    only = {n.strip() for n in args.only.split(",") if n.strip()} or None
    unknown = (only or set()) - set(names)
    if unknown:
        parser.error(f"unknown measure(s): {', '.join(sorted(unknown))}; known: {', '.join(names)}")
    only = build_measures.measures_for(args.visits, only)
    compile_bytecode()
    demo = ensure(args.seed, args.visits, rebuild=args.rebuild)
    ctx = runner.Context(demo=demo, seed=args.seed, repeat=args.repeat)
    try:
        results = runner.run(ctx, only)
    finally:
        ctx.close()
    print(f"\n{demo.counts.get('visit')} visits, seed {args.seed}, {demo.path.name}\n")
    print(runner.table(results))
    out = CACHE_DIR / "results.json"
    runner.write_json(out, ctx, results)
    print(f"\nJSON: {out}")
    # the imports register the measures
    assert measures and report_measures and evidence_measures
    assert keystroke_measures and scale_measures and build_measures and load_measures
    assert today_measures
    return 0 if all(r.passed is not False for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
