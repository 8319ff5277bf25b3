"""Chinese translations of the true-cost views, kept in ``translations/true_cost_zh_CN.txt`` until merged.

The file has one ``context|source|translation`` line per message (``\\n`` in a text stands for a line break;
``#`` starts a comment line). This tool:

- ``check``: runs ``pyside6-lupdate`` over the true-cost UI files and lists messages with no translation (exit 1)
  and translations no longer used;
- ``merge TS``: fills the unfinished messages of a ``.ts`` file (e.g. ``translations/debtlens_zh_CN.ts`` after
  ``tools/update_translations.py``) from the txt;
- ``qm OUT``: compiles the txt alone into a ``.qm`` (screenshots and tests load it with ``QTranslator``).

Run from the repository root: ``.venv/bin/python tools/true_cost_translations.py check``.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TXT = ROOT / "translations" / "true_cost_zh_CN.txt"
SOURCES = [
    "app/ui/views/before_you_buy.py", "app/ui/views/minimum_trap.py", "app/ui/views/payoff_planner.py",
    "app/ui/explanations.py", "app/ui/widgets/band_badge.py", "app/ui/widgets/explain.py",
    "app/ui/widgets/cost_insight.py", "app/ui/models/true_cost_models.py",
]


def _tool(name: str) -> str:
    local = Path(sys.executable).with_name(name)
    return str(local) if local.exists() else name


def read_pairs(path: Path = TXT) -> dict[tuple[str, str], str]:
    """``{(context, source): translation}`` from the txt file."""
    pairs: dict[tuple[str, str], str] = {}
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not raw.strip() or raw.startswith("#"):
            continue
        parts = raw.split("|")
        if len(parts) != 3:
            raise ValueError(f"{path.name}:{number}: expected context|source|translation")
        context, source, translation = (p.replace("\\n", "\n") for p in parts)
        pairs[(context, source)] = translation
    return pairs


def extract(sources: list[str] = SOURCES) -> list[tuple[str, str]]:
    """``(context, source)`` of every message lupdate finds in ``sources``."""
    with tempfile.TemporaryDirectory() as tmp:
        ts = Path(tmp) / "extract.ts"
        files = [str(ROOT / s) for s in sources if (ROOT / s).exists()]
        subprocess.run([_tool("pyside6-lupdate"), *files, "-ts", str(ts)], check=True, capture_output=True)
        root = ET.parse(ts).getroot()
        return [(ctx.findtext("name"), msg.findtext("source")) for ctx in root.iter("context")
                for msg in ctx.iter("message")]


def write_ts(pairs: dict[tuple[str, str], str], path: Path, language: str = "zh_CN") -> None:
    """Write ``pairs`` as a finished ``.ts`` file."""
    root = ET.Element("TS", version="2.1", language=language)
    contexts: dict[str, ET.Element] = {}
    for (context, source), translation in sorted(pairs.items()):
        if context not in contexts:
            contexts[context] = ET.SubElement(root, "context")
            ET.SubElement(contexts[context], "name").text = context
        message = ET.SubElement(contexts[context], "message")
        ET.SubElement(message, "source").text = source
        ET.SubElement(message, "translation").text = translation
    ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)


def build_qm(out: Path, txt: Path = TXT) -> Path:
    """Compile the txt into ``out`` (a ``.qm``) with ``pyside6-lrelease``."""
    with tempfile.TemporaryDirectory() as tmp:
        ts = Path(tmp) / "true_cost_zh_CN.ts"
        write_ts(read_pairs(txt), ts)
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(out)], check=True)
    return out


def merge(ts_path: Path, txt: Path = TXT) -> int:
    """Fill unfinished messages of ``ts_path`` that the txt translates; returns how many were filled."""
    pairs = read_pairs(txt)
    tree = ET.parse(ts_path)
    filled = 0
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            key = (name, msg.findtext("source"))
            translation = msg.find("translation")
            if key in pairs and translation is not None and (
                    translation.get("type") == "unfinished" or not (translation.text or "").strip()):
                translation.text = pairs[key]
                translation.attrib.pop("type", None)
                filled += 1
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return filled


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    if command == "check":
        pairs = read_pairs()
        found = extract()
        missing = [key for key in found if key not in pairs]
        unused = [key for key in pairs if key not in set(found)]
        for context, source in missing:
            print(f"missing: {context}|{source}")
        for context, source in unused:
            print(f"unused:  {context}|{source}")
        print(f"{len(found)} messages, {len(missing)} missing, {len(unused)} unused")
        return 1 if missing else 0
    if command == "merge" and len(argv) == 2:
        print(f"filled {merge(Path(argv[1]))} messages")
        return 0
    if command == "qm" and len(argv) == 2:
        print(build_qm(Path(argv[1])))
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
