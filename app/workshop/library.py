"""The scenarios a trainer can pick: the shipped ones (``resources/scenarios/*.toml``) and files from disk, each
opened in its own workshop ledger (never the user's)."""

from __future__ import annotations

from pathlib import Path

from app import config
from app.workshop.scenario import Scenario, ScenarioError
from app.workshop.scenario_file import parse_scenario
from app.domain.messages import QT_TRANSLATE_NOOP, NameList

#: Largest scenario file read: scenarios are short text.
MAX_SCENARIO_BYTES = 1_000_000


def load_file(path: Path) -> Scenario:
    """Read and validate the scenario file at ``path``.

    Raises:
        ScenarioError: not a readable regular file, too large, not UTF-8, or not a valid scenario.
    """
    name = path.name
    try:
        if not path.is_file():
            raise ScenarioError(name, "file", QT_TRANSLATE_NOOP("Workshop", "is not a file"))
        if path.stat().st_size > MAX_SCENARIO_BYTES:
            raise ScenarioError(name, "file", QT_TRANSLATE_NOOP(
                    "Workshop", "is larger than %1 bytes").arg(format(MAX_SCENARIO_BYTES, ",")))
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ScenarioError(name, "file", QT_TRANSLATE_NOOP("Workshop", "is not UTF-8 text")) from None
    except OSError as exc:
        raise ScenarioError(name, "file", exc.strerror or str(exc)) from None
    return parse_scenario(text, name)


def shipped() -> list[Path]:
    """The shipped scenario files, sorted by name."""
    return sorted(config.scenarios_dir().glob("*.toml"))


def find(name: str) -> Path:
    """The shipped scenario called ``name`` (its file name without ``.toml``), or a path to a scenario file.

    Raises:
        ScenarioError: no such scenario.
    """
    path = Path(name).expanduser()
    if path.suffix == ".toml" and path.exists():
        return path
    for candidate in shipped():
        if candidate.stem == name:
            return candidate
    names = NameList(p.stem for p in shipped())
    raise ScenarioError(name, "name", QT_TRANSLATE_NOOP("Workshop", "no such scenario (shipped: %1)").arg(names),
                        sentence=QT_TRANSLATE_NOOP("Workshop", "No workshop story is called “%1”. Stories: %2.")
                        .arg(name, names))
