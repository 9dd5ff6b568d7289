"""A part of the search index is let go only once its files have reached the disk: Pagefind
answers that it wrote them before its last writes land (explainer.search.written)."""

from __future__ import annotations

import threading
from pathlib import Path

from explainer.search import written


def test_a_part_whose_files_are_all_written_is_done(tmp_path: Path) -> None:
    (tmp_path / "index").mkdir()
    (tmp_path / "index" / "en_1.pf_index").write_bytes(b"\x1f\x8b index")
    (tmp_path / "pagefind-entry.json").write_text('{"version": "1"}')
    assert written(tmp_path, wait_s=0.0) == ""


def test_a_file_still_empty_is_waited_for(tmp_path: Path) -> None:
    entry = tmp_path / "pagefind-entry.json"
    entry.touch()  # created, its bytes not yet on the disk
    late = threading.Timer(0.2, entry.write_text, args=('{"version": "1"}',))
    late.start()
    try:
        assert written(tmp_path, wait_s=10.0) == ""
        assert entry.stat().st_size > 0  # it returned once the bytes were there, not before
    finally:
        late.join()


def test_a_file_left_empty_is_one_line_naming_it_with_a_hint(tmp_path: Path) -> None:
    (tmp_path / "fragment").mkdir()
    (tmp_path / "fragment" / "en_2.pf_fragment").touch()
    error = written(tmp_path, wait_s=0.05)
    assert str(tmp_path) in error and "en_2.pf_fragment" in error and "hint:" in error
    assert "\n" not in error
