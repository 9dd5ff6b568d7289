"""One YAML file read: its data, and where each value is (for problem lines), or a
problem recorded. Valid files are parsed once, fast; line numbers cost a second parse
only when a problem asks for one. Here too the error that stops a load (LoadError) and
the safety net that turns what a stage did not expect into a problem line (internal).
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import pickle
import tempfile
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from . import safeyaml
from .model import Problem, short

LOADER = safeyaml.StrictLoader  # libyaml's, refusing repeated keys and aliases
CHUNK_LINES = 500  # how much of a top-level list `parse` reads at a time, at most
CUT_ONE_IN = 8  # of the items past a tenth of that, those whose first line hashes to 0 start a piece


def parse(text: str, kept: Path | None = None) -> Any:
    """The YAML's data; with `kept`, a file holding the checksum of the text last parsed and
    its data pickled, reused while the text (and the generator's code) is the same. A run after an edit then parses only
    the files that changed: at 100 synthetic articles, the whole load took 1.79 s parsing every
    file and 0.60 s with all of them kept (medians of 5, in turn, on a busy machine)."""
    if kept is None:
        return _parse(text)
    pieces = kept.with_suffix(".pieces")
    return keep(hashlib.sha256(code_digest() + text.encode("utf-8")).digest(), kept, lambda: _parse(text, pieces))


@functools.cache  # once a process: a load keeps one file per curated file and per source
def code_digest() -> bytes:
    """The generator's own code: a change to how a file is parsed or its lines read (a new
    refusal, a new rule) makes everything kept stale, the parsed YAML as the read sources."""
    digest = hashlib.sha256()
    for path in sorted(Path(__file__).parent.rglob("*.py")):
        digest.update(path.read_bytes())
    return digest.digest()


def keep(digest: bytes, kept: Path, make: Callable[[], Any], replace: bool = False) -> Any:
    """What `make` returns, pickled in `kept` after `digest` and reused while the digest is
    the same (the checksum of everything it was made from); `replace` makes it anew."""
    data = _UNKEPT if replace else read_kept(kept, digest, _UNKEPT)
    if data is _UNKEPT:
        data = make()
        write_kept(kept, digest, data)
    return data


_UNKEPT = object()  # what read_kept gives keep() for a file not kept (None is a file's data)


def read_kept(kept: Path, digest: bytes, default: Any = None) -> Any:
    """The data pickled in `kept` after `digest`, or `default` when it was kept after another
    digest, not kept yet, or damaged (a file cut short, or naming a class the code no longer
    has: unpickling raises many kinds of error, and a kept file is only a speed-up)."""
    try:
        with kept.open("rb") as file:
            if file.read(len(digest)) == digest:
                return pickle.load(file)
    except Exception:
        pass
    return default


def write_kept(kept: Path, digest: bytes, data: Any) -> None:
    """`data` pickled in `kept` after `digest`, written whole under another name, then renamed:
    a reader never sees half a file. A full disk or a read-only folder keeps nothing."""
    try:
        kept.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=kept.parent, prefix=kept.name, delete=False) as file:
            file.write(digest)
            pickle.dump(data, file, protocol=pickle.HIGHEST_PROTOCOL)
        Path(file.name).replace(kept)
    except OSError:
        pass


def _parse(text: str, kept: Path | None = None) -> Any:
    """The YAML's data. A top-level list is parsed a hundred-odd lines at a time, cut
    where an item starts: PyYAML first builds a node tree of the whole document, some
    25 times the size of the text and slower to make than the data. Whatever the pieces
    do not read as lists (a mapping, an alias into another piece, an error) is parsed
    whole, so the result and any error with its line are the same as one parse gives.

    With `kept`, each piece's data is kept there by its checksum: the pieces are cut where
    the text says (an item whose first line hashes to 0), so an edit changes the pieces
    around it only, and a save parses those alone. At 100 synthetic articles, after an
    event's title changed, parsing events.yml (27,592 lines, 146 pieces) took 0.17 s whole
    and 0.03 s with the other pieces kept, writing both kept files included (medians of 5)."""
    pieces = _cut(text)
    if len(pieces) == 1:
        return yaml.load(text, Loader=LOADER)
    before: dict[bytes, list[Any]] = read_kept(kept, b"", {}) if kept else {}
    now: dict[bytes, list[Any]] = {}
    data: list[Any] = []
    for piece in pieces:
        digest = hashlib.sha256(code_digest() + piece.encode("utf-8")).digest() if kept else b""
        part = before.get(digest)
        if part is None:
            try:
                part = yaml.load(piece, Loader=LOADER)
            except yaml.YAMLError:
                part = None
            if not isinstance(part, list):
                return yaml.load(text, Loader=LOADER)
        now[digest] = part
        data += part
    if kept:
        write_kept(kept, b"", now)
    return data


def _cut(text: str) -> list[str]:
    """The text in pieces that each start with an item of the top-level list (see `_parse`)."""
    pieces, start, lines = [], 0, text.splitlines(keepends=True)
    for i, line in enumerate(lines):
        if (line.startswith("- ") or line.rstrip() == "-") and (
            i - start >= CHUNK_LINES
            or (i - start >= CHUNK_LINES // 10 and zlib.crc32(line.encode("utf-8")) % CUT_ONE_IN == 0)
        ):
            pieces.append("".join(lines[start:i]))
            start = i
    return [*pieces, "".join(lines[start:])] if pieces else [text]


class Lines:
    """Line numbers in one YAML file, read and parsed again only when a problem asks for
    one: the node tree costs far more time and memory than the data, and a valid file
    never needs it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.root: yaml.Node | None = None

    def line(self, *path: str | int) -> int:
        if self.root is None:
            self.root = yaml.compose(self.path.read_text(encoding="utf-8"), Loader=LOADER)
        if self.root is None:  # an empty file
            return 1
        node = self.root
        for key in path:
            if isinstance(node, yaml.MappingNode):
                match = [v for k, v in node.value if k.value == key]
                if not match:
                    break
                node = match[0]
            elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
                node = node.value[key]
            else:
                break
        return node.start_mark.line + 1


@dataclass(frozen=True)
class Where:
    """A place in a YAML file (an item, or the file itself) that can report its line."""

    lines: Lines
    path: tuple[str | int, ...] = ()

    def at(self, *path: str | int) -> Where:
        return Where(self.lines, self.path + path)

    def line(self, *path: str | int) -> int:
        return self.lines.line(*self.path, *path)


def relative(path: Path, root: Path) -> str:
    return str(path.relative_to(root.parent)) if path.is_relative_to(root.parent) else str(path)


def read(
    path: Path, name: str, problems: list[Problem], allow_empty: bool, parsed: Path | None = None
) -> tuple[Any, Where | None]:
    """The data and where it came from, or (None, None) with the problem recorded; `parsed`, a
    folder where each file's data is kept between runs (see `parse`)."""
    limit = safeyaml.MAX_SOURCE_BYTES if path.parent.name == "sources" else safeyaml.MAX_CURATED_BYTES
    text, line, message, hint = safeyaml.read_text(path, limit)
    if text is None:
        problems.append(Problem(name, line, path.name, message, hint))
        return None, None
    kept = parsed / (name.replace("/", "--") + ".pickle") if parsed else None
    checked = _checked(text, kept)
    try:
        if not checked.passed:
            safeyaml.refuse_anchors(text)
        data = parse(text, kept)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line = mark.line + 1 if mark else None
        if isinstance(err, safeyaml.Refused):
            problems.append(Problem(name, line, path.name, err.problem or "", err.hint))
        else:
            problems.append(
                Problem(name, line, path.name, f"YAML syntax: {err.problem}", "check indentation, colons and quotes")
            )
        return None, None
    except yaml.YAMLError as err:  # e.g. a reader error, which has a position but no mark
        position = getattr(err, "position", None)
        line = safeyaml.line_of(text, position) if isinstance(position, int) else None
        problems.append(Problem(name, line, path.name, f"YAML: {safeyaml.short(err, 200)}", "check the file's text"))
        return None, None
    if data is None and not allow_empty:
        problems.append(
            Problem(name, 1, path.name, "the file is empty or only comments", "fill it in, or delete the file")
        )
        return None, None
    where = Where(Lines(path))
    if checked.passed:
        return data, where
    bad = list(safeyaml.bad_strings(data))
    for at, what, fix in bad:
        item = _item_id(data, at)
        problems.append(Problem(name, where.line(*at), item or path.name, f"{_field(at)}: {what}", fix, primary=True))
    if not bad:
        checked.mark()
    return data, where


@dataclass
class _Checked:
    """Whether this very text (and code) passed the checks of its text and strings before: at
    100 synthetic articles a whole load took 0.37 s checking every file and 0.27 s with the
    checks of unchanged files kept (medians of 5)."""

    file: Path | None
    digest: bytes
    passed: bool

    def mark(self) -> None:
        if self.file is not None:
            with contextlib.suppress(OSError):  # checked again next time
                self.file.write_bytes(self.digest)


def _checked(text: str, kept: Path | None) -> _Checked:
    if kept is None:
        return _Checked(None, b"", False)
    file = kept.with_suffix(".checked")
    digest = hashlib.sha256(code_digest() + text.encode("utf-8")).digest()
    try:
        return _Checked(file, digest, file.read_bytes() == digest)
    except OSError:
        return _Checked(file, digest, False)


def _item_id(data: Any, path: tuple[str | int, ...]) -> str | None:
    """The id of the item a path leads into, for a problem's [item]."""
    item = data[path[0]] if isinstance(data, list) and path else data
    found = item.get("id") if isinstance(item, dict) else None
    return safeyaml.short(found) if isinstance(found, str) and found.strip() else None


def _field(path: tuple[str | int, ...]) -> str:
    return ".".join(map(str, path[1:] if path and isinstance(path[0], int) else path)) or "value"


class LoadError(Exception):
    """Raised with every problem found, so nothing is built from bad input."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(map(str, problems)))
        self.problems = problems

    def __reduce__(self) -> tuple[type[LoadError], tuple[list[Problem]]]:
        return LoadError, (self.problems,)  # sent whole from a forked process (forked.py)


@contextmanager
def internal(stage: str, file: str) -> Iterator[None]:
    """The safety net, not a check: what a stage did not expect becomes a problem line
    naming the stage and file, never a traceback."""
    try:
        yield
    except LoadError:
        raise
    except Exception as err:  # MemoryError and RecursionError included
        notes = "".join(f", {note}" for note in getattr(err, "__notes__", []))
        message = f"internal error while {stage} {file}: {type(err).__name__}: {short(err, 300)}{notes} (please report)"
        raise LoadError(
            [Problem(file, None, stage, message, "the input may be at fault; report it with the file")]
        ) from None


def read_yaml(
    path: Path, root: Path, problems: list[Problem], allow_empty: bool = False, parsed: Path | None = None
) -> tuple[Any, Where | None]:
    """The data and where it came from, or (None, None) with the problem recorded."""
    name = relative(path, root)
    with internal("reading", name):
        return read(path, name, problems, allow_empty, parsed)
