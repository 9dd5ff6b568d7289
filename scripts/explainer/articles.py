"""The source articles loaded: each one's metadata and text checked, then read line by line
(sources.ingest), and kept read while nothing it was read from has changed."""

from __future__ import annotations

import hashlib
from pathlib import Path

import msgspec

from . import safeyaml, sources, validate, yamlfile
from .model import Problem, Source, SourceMeta
from .yamlfile import code_digest, internal, read_yaml, relative


def ingest(meta: SourceMeta, path: Path, text: str, parsed: Path | None, code: bytes) -> Source:
    """sources.ingest, kept in `parsed` while the text, its metadata and the generator's code
    are the same: reading each line's kind is most of a load and a saved edit to curated
    YAML never changes it. At 100 synthetic articles, reading them took 0.87 s of a 3.6 s
    first load; with all of them kept, a load took 0.62-0.95 s (busy machine)."""
    if parsed is None:
        return sources.ingest(meta, path, text)
    digest = hashlib.sha256(b"\0".join([code, msgspec.json.encode(meta), str(path).encode(), text.encode()])).digest()
    return yamlfile.keep(digest, parsed / "ingested" / f"{path.stem}.pickle", lambda: sources.ingest(meta, path, text))


def load_sources(
    root: Path, problems: list[Problem], broken: set[str] | None = None, parsed: Path | None = None
) -> dict[str, Source]:
    """Each source whose metadata and text are sound. The id of one that is not goes into
    `broken`, so its citations are not each reported again as citing an unknown source."""
    found: dict[str, Source] = {}
    broken = set() if broken is None else broken
    code = code_digest() if parsed else b""
    for meta_path in sorted((root / "sources").glob("*.yml")):
        if meta_path.is_symlink():
            continue  # reported by check_files
        name = relative(meta_path, root)
        data, where = read_yaml(meta_path, root, problems, parsed=parsed)
        claimed = data.get("id") if isinstance(data, dict) else None
        broken |= {meta_path.stem, claimed} if isinstance(claimed, str) else {meta_path.stem}
        if where is None:
            continue
        meta = validate.validate(SourceMeta, data, where, name, meta_path.stem, problems)
        if meta is None:
            continue
        text_path = meta_path.with_suffix(".txt")
        if not text_path.exists() or text_path.is_symlink():
            if not text_path.is_symlink():
                problems.append(
                    Problem(
                        name, 1, meta.id, f"no text file {text_path.name}", "put the article's text beside its metadata"
                    )
                )
            continue
        if meta.id in found:
            problems.append(
                Problem(name, where.line("id"), meta.id, "duplicate source id", "give each source its own id")
            )
            continue
        text_name = relative(text_path, root)
        if (why := safeyaml.too_large(text_path, safeyaml.MAX_SOURCE_BYTES)) is not None:
            problems.append(
                Problem(text_name, None, meta.id, why, "an article's text is never this long: check the file")
            )
            continue
        data = text_path.read_bytes()
        digest = sources.sha256(data)
        if digest != meta.sha256:
            problems.append(
                Problem(
                    name,
                    where.line("sha256"),
                    meta.id,
                    f"{text_path.name} does not match its checksum (now {digest})",
                    "sources are never edited: restore the text, or for a new version of the article update sha256",
                )
            )
            continue
        if (text := sources.decode(text_name, meta.id, data, problems)) is None:
            continue
        for at, message in sources.check_corrections(meta, text):
            hint = "name a line with text, numbered as `explainer add` prints them"
            problems.append(Problem(name, where.line(*at), meta.id, message, hint))
        with internal("ingesting", text_name):
            found[meta.id] = ingest(meta, text_path, text, parsed, code)
        broken -= {meta.id, meta_path.stem}
        for at, message in sources.lost_aliases(found[meta.id]):
            hint = "set that entry to null to say the old link is gone (the others keep their numbers)"
            problems.append(Problem(name, where.line(*at), meta.id, message, hint))
    return found
