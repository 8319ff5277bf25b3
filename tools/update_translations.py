"""Refresh ``translations/*.ts`` from the GUI sources with ``pyside6-lupdate``; fill Chinese from a catalogue.

    .venv/bin/python tools/update_translations.py [--add CATALOGUE ...]

``debtlens_zh_CN.ts`` holds every string and its Chinese: it is the one place translations live (open it in Qt
Linguist, or edit it by hand); ``debtlens_en.ts`` only the plural forms (English is the source language). Obsolete
entries are dropped; source locations are not stored, so the files change only when texts do.

A new English text arrives unfinished. Translate it in Qt Linguist, or write ``context|source|translation`` lines
(``\\n`` for a line break, ``#`` comments) in a scratch file and pass it with ``--add``: its lines fill the matching
unfinished messages, and the file can then be thrown away. The tests fail while an entry is unfinished. The
``.qm`` files are built by ``make translations`` (``pyside6-lrelease``).
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "app"
TRANSLATIONS = ROOT / "translations"


def lupdate() -> Path:
    """The ``pyside6-lupdate`` next to this Python."""
    return Path(sys.executable).with_name("pyside6-lupdate")


def sources() -> list[str]:
    """Every Python file under ``app/`` (every layer marks its messages), sorted."""
    return sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py"))


def read_catalogue(path: Path) -> dict[tuple[str, str], str]:
    """``{(context, source): translation}`` from a ``context|source|translation`` text file."""
    pairs = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            context, source, translation = line.split("|", 2)
            pairs[(context, source.replace("\\n", "\n"))] = translation.replace("\\n", "\n")
    return pairs


def write_ts(tree: ET.ElementTree, ts: Path) -> None:
    """Write ``tree`` to ``ts`` in one layout (four-space indents), whatever wrote the file before, so that a run
    that changes no text leaves the file as it was."""
    ET.indent(tree, space="    ")
    with ts.open("wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8")
        out.write(b"\n")


def fill_unfinished(ts: Path, pairs: dict[tuple[str, str], str]) -> int:
    """Fill the unfinished messages of ``ts`` found in ``pairs`` (one plural form: Chinese has one); returns how
    many were filled. The file is rewritten in the one layout of :func:`write_ts`."""
    tree = ET.parse(ts)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.find("name").text
        for message in context.iter("message"):
            translation = message.find("translation")
            text = pairs.get((name, message.find("source").text))
            if translation.get("type") != "unfinished" or not text:
                continue
            del translation.attrib["type"]
            if message.get("numerus") == "yes":
                for form in list(translation):
                    translation.remove(form)
                ET.SubElement(translation, "numerusform").text = text
            else:
                translation.text = text
            filled += 1
    write_ts(tree, ts)
    return filled


def fill_english_plurals(ts: Path) -> int:
    """Fill unfinished English plural forms from the source's ``(s)`` convention: "%n day(s)" becomes "%n day"
    and "%n days"; returns how many were filled."""
    tree = ET.parse(ts)
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        source = message.find("source").text or ""
        if message.get("numerus") != "yes" or translation.get("type") != "unfinished" or "(s)" not in source:
            continue
        del translation.attrib["type"]
        for form in list(translation):
            translation.remove(form)
        ET.SubElement(translation, "numerusform").text = source.replace("(s)", "")
        ET.SubElement(translation, "numerusform").text = source.replace("(s)", "s")
        filled += 1
    write_ts(tree, ts)
    return filled


def main(argv: list[str] | None = None) -> int:
    """Run lupdate for both languages, then fill zh_CN from the ``--add`` catalogues; returns the exit status."""
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--add", nargs="*", default=[], type=Path, metavar="CATALOGUE",
                        help="context|source|translation lines filling unfinished Chinese messages")
    args = parser.parse_args(argv)
    common = [str(lupdate()), "-silent", "-no-obsolete", "-locations", "none", *sources()]
    for extra, name, language in (([], "debtlens_zh_CN.ts", "zh_CN"), (["-pluralonly"], "debtlens_en.ts", "en")):
        ts = TRANSLATIONS / name
        result = subprocess.run([*common, *extra, "-target-language", language, "-ts", str(ts.relative_to(ROOT))],
                                cwd=ROOT, check=False)
        if result.returncode:
            return result.returncode
    pairs: dict[tuple[str, str], str] = {}
    for catalogue in args.add:
        pairs.update(read_catalogue(catalogue))
    filled = fill_unfinished(TRANSLATIONS / "debtlens_zh_CN.ts", pairs)
    print(f"filled {filled} zh_CN messages from {len(pairs)} catalogue entries")
    print(f"filled {fill_english_plurals(TRANSLATIONS / 'debtlens_en.ts')} English plural forms")
    unfinished = unfinished_messages(TRANSLATIONS / "debtlens_zh_CN.ts")
    for context, source in unfinished:
        print(f"unfinished: {context}|{source}")
    return 0


def unfinished_messages(ts: Path) -> list[tuple[str, str]]:
    """``(context, source)`` of every message of ``ts`` still without a translation."""
    return [(c.findtext("name") or "", m.findtext("source") or "") for c in ET.parse(ts).getroot().iter("context")
            for m in c.iter("message") if m.find("translation") is not None
            and m.find("translation").get("type") == "unfinished"]


if __name__ == "__main__":
    raise SystemExit(main())
