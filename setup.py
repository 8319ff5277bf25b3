"""Build hooks: the wheel carries the icons, the workshop scenarios and the compiled translations.

Everything else about the package is in ``pyproject.toml``. When a wheel is built, ``build_py`` copies
``resources/`` into ``app/_data/resources/`` and compiles each ``translations/*.ts`` into
``app/_data/translations/*.qm`` with ``packaging/qm.py`` (pure Python: the isolated build environment has no Qt,
and building needs no network beyond setuptools). ``config.resource_root`` finds that folder in an installed copy.
An editable install (``pip install -e``) reads the checkout's own ``resources/`` and ``translations/`` instead.
The sdist carries the same sources (``MANIFEST.in``), so a wheel built from it is the same.
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
DATA = Path("app") / "_data"  # config.PACKAGE_DATA inside the package


def _qm_compiler():
    spec = importlib.util.spec_from_file_location("debtlens_qm", ROOT / "packaging" / "qm.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


class BuildWithData(build_py):
    """``build_py`` that also writes the package data folder (a fresh copy each build: nothing stale ships)."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        target = Path(self.build_lib) / DATA
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(ROOT / "resources", target / "resources")
        qm = _qm_compiler()
        catalogues = sorted((ROOT / "translations").glob("debtlens_*.ts"))
        if not catalogues:
            raise RuntimeError(f"no translations/debtlens_*.ts under {ROOT}: the wheel would ship without them")
        for ts in catalogues:
            qm.compile_file(ts, target / "translations" / f"{ts.stem}.qm")

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        outputs = super().get_outputs(include_bytecode)
        target = Path(self.build_lib) / DATA
        if target.is_dir():
            outputs += [str(p) for p in sorted(target.rglob("*")) if p.is_file()]
        return outputs


setup(cmdclass={"build_py": BuildWithData})
