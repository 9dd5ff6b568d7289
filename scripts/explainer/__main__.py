"""Command line: `python -m explainer build|check`, from any working directory."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import CONTENT, DOCS, LoadError, generate
from .load import load


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="explainer", description=__doc__)
    parser.add_argument("command", choices=["build", "check"], help="build: write docs/; check: validate only")
    parser.add_argument("--content", type=Path, default=CONTENT, help="the folder of curated inputs")
    parser.add_argument("--docs", type=Path, default=DOCS, help="where generated Markdown goes")
    args = parser.parse_args(argv)
    try:
        if args.command == "check":
            site = load(args.content)
            print(
                f"ok: {len(site.sources)} sources, {len(site.events)} events, {len(site.actors)} actors, "
                f"{len(site.issues)} issues, {len(site.terms)} terms, {len(site.resolved)} citations"
            )
        else:
            changed = generate(args.content, args.docs)
            print(f"ok: {len(changed)} generated files changed in {args.docs}")
    except LoadError as err:
        for problem in err.problems:
            print(problem, file=sys.stderr)
        print(f"{len(err.problems)} problem(s); nothing was written.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
