"""Command line, from any working directory (`explainer` or `python -m explainer`, once
installed with `pip install -e .`):

build       validate content/ and write the generated pages into docs/
check       validate only
coverage    each source paragraph and the items citing it; exit 1 if one is uncovered
candidates  dates, names and quotations in the sources no item covers; exit 1 if any
watch       build, then build again on every change to content/ or the generator
mend PATH   mend the theme's markup in a site built by an engine that runs no hooks
index PATH  build the search index (Pagefind) of a built site, after an engine that runs no hooks
schema      write the JSON Schemas of the curated files (content/schemas/)
add PATH    print how the rules read an article, line by line, and write its metadata
            skeleton beside it (PATH.yml; never overwritten)
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from pathlib import Path

from . import CONTENT, DOCS, LoadError, generate
from .add import add
from .candidates import uncovered_candidates
from .coverage import cited_by, stats, uncovered_paragraphs
from .load import internal, load
from .mend import mend_site
from .model import Site
from .schema import SCHEMAS, write_schemas
from .search import SearchIndexError, index_site
from .watch import watch


def report_coverage(site: Site) -> int:
    citing = cited_by(site)
    for source in site.sources.values():
        print(f"\n{source.id}")
        for para in source.paragraphs:
            key = (source.id, para.number)
            items = ", ".join(f"{kind}:{item}" for kind, item in citing.get(key, []))
            if not items:
                items = f"IGNORED: {site.ignored_paragraphs[key]}" if key in site.ignored_paragraphs else "UNCOVERED"
            print(f"  ¶{para.number:<3} {para.text[:50]:<50}  {items}")
    missing = uncovered_paragraphs(site)
    print(f"\n{len(missing)} uncovered paragraph(s)")
    print(json.dumps(stats(site), indent=2))
    return 1 if missing else 0


def report_candidates(site: Site) -> int:
    found = uncovered_candidates(site)
    for c in found:
        print(f"{c.paragraph.source} ¶{c.paragraph.number}: {c.kind}: {c.text}")
    print(f"{len(found)} uncovered candidate(s); curate them, or list them in content/ignored.yml with a reason")
    return 1 if found else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="explainer", description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    commands = ["build", "check", "coverage", "candidates", "add", "watch", "mend", "index", "schema"]
    parser.add_argument("command", choices=commands)
    parser.add_argument(
        "path", nargs="?", type=Path, help="add: the article's text, NAME.txt; mend, index: the built site"
    )
    parser.add_argument("--content", type=Path, default=CONTENT, help="the folder of curated inputs")
    parser.add_argument("--docs", type=Path, default=DOCS, help="where generated Markdown goes")
    parser.add_argument(
        "--site", type=Path, help="watch: the folder the engine serves, indexed for search after each rebuild"
    )
    args = parser.parse_args(argv)
    if args.command == "add":
        if args.path is None:
            parser.error("add needs the path of the article's text: explainer add content/sources/NAME.txt")
        lines, problems = add(args.path)
        print("\n".join(lines))
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1 if problems else 0
    if args.command == "watch":
        with contextlib.suppress(KeyboardInterrupt):
            watch(args.content, args.docs, Path(__file__).parent, site=args.site)
        return 0
    if args.command == "mend":
        if args.path is None or not (args.path / "index.html").is_file():
            parser.error(f"mend needs a built site's folder (one with index.html), not {args.path}")
        print(f"ok: mended {mend_site(args.path)} pages in {args.path}")
        return 0
    if args.command == "index":
        if args.path is None:
            parser.error("index needs a built site's folder: explainer index site")
        try:
            print(f"ok: indexed {index_site(args.path)} pages for search in {args.path / 'pagefind'}")
        except SearchIndexError as err:
            print(f"error: {err}", file=sys.stderr)
            return 1
        return 0
    if args.command == "schema":
        written = write_schemas(args.content / SCHEMAS)
        print(f"ok: {len(written)} schemas changed in {args.content / SCHEMAS}")
        return 0
    try:
        if args.command == "build":
            changed = generate(args.content, args.docs)
            print(f"ok: {len(changed)} generated files changed in {args.docs}")
            return 0
        site = load(args.content)
        with internal(f"reporting {args.command} for", args.content.name):
            if args.command == "coverage":
                return report_coverage(site)
            if args.command == "candidates":
                return report_candidates(site)
    except LoadError as err:
        for problem in err.problems:
            print(problem, file=sys.stderr)
        print(f"{len(err.problems)} problem(s); nothing was written.", file=sys.stderr)
        return 1
    print(
        f"ok: {len(site.sources)} sources, {len(site.events)} events, {len(site.actors)} actors, "
        f"{len(site.issues)} issues, {len(site.terms)} terms, {len(site.resolved)} citations"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
