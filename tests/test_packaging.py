"""What ships: the wheel and sdist carry icons, stories and compiled translations; an installed copy finds them and
passes ``debtlens --self-test``; the pure-Python ``.qm`` compiler writes what ``pyside6-lrelease`` writes."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import zipfile
from pathlib import Path

import pytest

from app import config

ROOT = Path(__file__).resolve().parents[1]
LRELEASE = Path(sys.executable).with_name("pyside6-lrelease")


def _qm_module():
    spec = importlib.util.spec_from_file_location("debtlens_qm", ROOT / "packaging" / "qm.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


qm = _qm_module()


def lrelease(ts: Path, out: Path) -> bytes:
    subprocess.run([str(LRELEASE), "-silent", str(ts), "-qm", str(out)], check=True, timeout=60)
    return out.read_bytes()


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    """The environment of a user on a fresh machine: data and settings folders under ``home`` (empty)."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("LC_", "PYTHON", "QT_", "VIRTUAL_ENV")) and k not in ("LANG", "LANGUAGE")}
    env.update(XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"),
               XDG_CACHE_HOME=str(home / "cache"), **extra)
    return env


# -- the .qm compiler --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["debtlens_zh_CN", "debtlens_en"])
def test_shipped_catalogues_compile_to_the_same_bytes_as_lrelease(tmp_path, name):
    ts = ROOT / "translations" / f"{name}.ts"
    assert qm.compile_ts(ts) == lrelease(ts, tmp_path / "lrelease.qm")


EDGE_CASES = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="{language}">
<context>
    <name>Zeta</name>
    <message><source>Open</source><translation>打开</translation></message>
    <message><source>Open</source><comment>the file menu</comment><translation>打开文件</translation></message>
    <message><source>Close</source><comment>only entry, with a comment</comment><translation>关闭</translation></message>
    <message><source>Draft</source><translation type="unfinished">草稿</translation></message>
    <message><source>Untranslated</source><translation type="unfinished"></translation></message>
    <message><source>Gone</source><translation type="vanished">没了</translation></message>
    <message><source>Older</source><translation type="obsolete">旧</translation></message>
    <message><source>Line one
line two &amp; &lt;three&gt; &apos;q&apos;</source><translation>第一行
第二行</translation></message>
</context>
<context>
    <name>Alpha</name>
    <message numerus="yes"><source>%n day(s)</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation></message>
    <message numerus="yes"><source>%n item(s)</source>
        <translation><numerusform>%n item</numerusform></translation></message>
    <message><source>Open</source><translation>开</translation></message>
</context>
</TS>
"""


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_edge_cases_compile_to_the_same_bytes_as_lrelease(tmp_path, language):
    """Disambiguation comments (kept and dropped), unfinished entries with and without text, vanished and
    obsolete ones, escapes and line breaks, plural forms (more and fewer than the language has), the same source
    in two contexts."""
    ts = tmp_path / "edge.ts"
    ts.write_text(EDGE_CASES.format(language=language), encoding="utf-8")
    assert qm.compile_ts(ts) == lrelease(ts, tmp_path / "lrelease.qm")


def test_compiled_catalogue_translates_through_qt(tmp_path, qapp):
    from PySide6.QtCore import QTranslator

    ts = tmp_path / "edge.ts"
    ts.write_text(EDGE_CASES.format(language="en"), encoding="utf-8")
    out = qm.compile_file(ts, tmp_path / "sub" / "edge.qm")
    translator = QTranslator()
    assert translator.load(str(out))
    assert translator.translate("Zeta", "Open") == "打开"
    assert translator.translate("Zeta", "Open", "the file menu") == "打开文件"
    assert translator.translate("Zeta", "Close", "only entry, with a comment") == "关闭"
    assert translator.translate("Zeta", "Draft") == "草稿"
    assert translator.translate("Zeta", "Untranslated") == ""  # not in the file: Qt shows the source
    assert translator.translate("Zeta", "Gone") == ""
    assert translator.translate("Alpha", "Open") == "开"
    assert translator.translate("Alpha", "%n day(s)", None, 1) == "%n day"
    assert translator.translate("Alpha", "%n day(s)", None, 5) == "%n days"


@pytest.mark.parametrize("fragment, problem", [
    ('<TS version="2.1" language="fr">', "language 'fr' has no plural rules"),
    ('<TS version="2.1" language="en"><context><name>C</name><message id="x.y"><source>S</source>'
     '<translation>T</translation></message></context>', "id-based messages are not supported"),
    ('<TS version="2.1" language="en"><context><name>C</name><message><source>S</source>'
     '<translation variants="yes"><lengthvariant>T</lengthvariant></translation></message></context>',
     "length variants"),
])
def test_unsupported_catalogues_are_refused_with_the_file_and_the_reason(tmp_path, fragment, problem):
    ts = tmp_path / "odd.ts"
    ts.write_text(f"<?xml version='1.0'?>{fragment}</TS>", encoding="utf-8")
    with pytest.raises(qm.QmError, match=problem) as raised:
        qm.compile_ts(ts)
    assert str(ts) in str(raised.value)


# -- where an installed copy finds its files ---------------------------------------------------------------------
def test_a_checkout_finds_its_resources_at_the_repository_root():
    assert not (ROOT / "app" / config.PACKAGE_DATA).exists()
    assert config.resource_root() == ROOT
    assert config.scenarios_dir() == ROOT / "resources" / "scenarios"


def test_an_installed_package_finds_its_data_folder(tmp_path, monkeypatch):
    package = tmp_path / "site-packages" / "app"
    (package / config.PACKAGE_DATA / "resources" / "scenarios").mkdir(parents=True)
    monkeypatch.setattr(config, "__file__", str(package / "config.py"))
    assert config.resource_root() == package / config.PACKAGE_DATA
    assert config.scenarios_dir() == package / "_data" / "resources" / "scenarios"
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "bundle"), raising=False)
    assert config.resource_root() == tmp_path / "bundle"


# -- --self-test -------------------------------------------------------------------------------------------------
def test_self_test_refuses_a_command(capsys):
    from app.cli import main

    assert main(["--self-test", "status"]) == 2
    assert "--self-test: runs alone, not with the command 'status'" in capsys.readouterr().err


@pytest.mark.slow
def test_self_test_reports_what_is_missing_and_exits_1(tmp_path):
    """A copy without one of its icons: the files check names it, the other checks still run, exit 1."""
    code = ("import sys; import app.ui.self_test as t; t.ICONS = t.ICONS + ('no-such-icon',)\n"
            "from app.cli import main; sys.exit(main(['--self-test']))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, cwd=ROOT,
                          env=clean_env(tmp_path, LANG="en_US.UTF-8"))
    assert proc.returncode == 1, proc.stdout + proc.stderr
    lines = proc.stdout.splitlines()
    assert f"FAIL files: icons missing under {ROOT / 'resources' / 'icons'}: no-such-icon" in lines
    assert any(line.startswith("ok   window: '") and "DebtLens' on a demo ledger: 2 overview charts" in line for line in lines)
    assert lines[-1].startswith("self-test FAILED (1 checks)")
    assert not any((tmp_path / d).exists() for d in ("data", "config")), "touched the user's folders"


# -- the wheel and the sdist -------------------------------------------------------------------------------------
@pytest.mark.slow
def test_sdist_and_wheel_install_into_a_fresh_environment_and_pass_the_self_test(tmp_path):
    """sdist -> wheel -> a new virtual environment -> ``debtlens --self-test`` in Chinese, as a user would; no
    network (no build isolation: this environment's setuptools builds)."""
    dist = tmp_path / "dist"
    sdist_name = subprocess.run(
        [sys.executable, "-c", f"from setuptools import build_meta as b; print(b.build_sdist({str(dist)!r}))"],
        cwd=ROOT, check=True, capture_output=True, text=True, timeout=300).stdout.strip().splitlines()[-1]
    with tarfile.open(dist / sdist_name) as sdist:
        names = {n.split("/", 1)[1] for n in sdist.getnames() if "/" in n}
        sdist.extractall(tmp_path / "src", filter="data")
    assert {"setup.py", "packaging/qm.py", "translations/debtlens_zh_CN.ts", "translations/debtlens_en.ts",
            "resources/icons/app.svg", "resources/scenarios/minimum-trap.toml"} <= names
    assert not any(n.startswith(("tests/", ".venv/")) or n.endswith(".qm") for n in names)

    source = next((tmp_path / "src").iterdir())
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
                    "--quiet", "-w", str(dist), str(source)], check=True, capture_output=True, timeout=300)
    wheel = next(dist.glob("debtlens-*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        files = set(archive.namelist())
        shipped_qm = archive.read("app/_data/translations/debtlens_zh_CN.qm")
    assert {f"app/_data/resources/icons/{name}.svg" for name in ("app", "add", "repay", "import", "settings",
                                                                  "present")} <= files
    assert len([f for f in files if f.startswith("app/_data/resources/scenarios/")]) == len(
        list((ROOT / "resources" / "scenarios").iterdir()))
    assert shipped_qm == qm.compile_ts(ROOT / "translations" / "debtlens_zh_CN.ts")

    # a fresh environment that sees this one's dependencies (PySide6, matplotlib ...) through a path line, but
    # not its editable DebtLens: a .pth file in a folder added that way is not run
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               check=True, capture_output=True, text=True).stdout.strip())
    ours = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (site / "dependencies.pth").write_text("\n".join(sorted(ours)) + "\n")
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--no-index",
                    "--quiet", str(wheel)], check=True, capture_output=True, timeout=300)

    home = tmp_path / "home"
    proc = subprocess.run([str(venv / "bin" / "debtlens"), "--self-test"], capture_output=True, text=True,
                          timeout=300, cwd=tmp_path, env=clean_env(home, LANG="zh_CN.UTF-8"))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0].startswith("明白账 0.1.0 自检（语言 zh_CN，")  # the system's language, as a user reads it
    stories = len(list((ROOT / "resources" / "scenarios").glob("*.toml")))
    assert f"ok   文件: 已画出 6 个图标，读取了 {stories} 个课堂情景，来自 {site / 'app' / '_data'}" in lines
    assert f"ok   翻译: zh_CN, en 已从 {site / 'app' / '_data' / 'translations'} 载入；正在使用 zh_CN" in lines
    assert any(line.startswith("ok   窗口: “") and "明白账”打开了演示账本：" in line and "画出 2 张总览图表" in line
               for line in lines)
    assert lines[-1].startswith("自检通过，用时 ")
    assert not any((home / d).exists() for d in ("data", "config")), "the self-test touched the user's folders"


# -- the desktop bundle's Linux files ----------------------------------------------------------------------------
LINUX = ROOT / "packaging" / "linux"


def test_linux_files_are_named_after_the_app_id():
    assert (LINUX / f"{config.APP_ID}.desktop").is_file()
    metainfo = (LINUX / f"{config.APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    assert f"<id>{config.APP_ID}</id>" in metainfo
    assert f'<launchable type="desktop-id">{config.APP_ID}.desktop</launchable>' in metainfo
    desktop = (LINUX / f"{config.APP_ID}.desktop").read_text(encoding="utf-8").splitlines()
    assert f"Icon={config.APP_ID}" in desktop and "Exec=debtlens" in desktop and "Name[zh_CN]=明白账" in desktop
    assert f'APP_ID = "{config.APP_ID}"' in (ROOT / "packaging" / "debtlens.spec").read_text(encoding="utf-8")
    assert f"APP_ID := {config.APP_ID}" in (ROOT / "Makefile").read_text(encoding="utf-8")


@pytest.mark.parametrize("tool, args, name", [
    ("desktop-file-validate", [], f"{config.APP_ID}.desktop"),
    ("appstreamcli", ["validate", "--no-net"], f"{config.APP_ID}.metainfo.xml"),
])
def test_linux_files_pass_their_validators(tool, args, name):
    if not shutil.which(tool):
        pytest.skip(f"{tool} is not installed (Debian: desktop-file-utils, appstream)")
    proc = subprocess.run([tool, *args, str(LINUX / name)], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "error" not in (proc.stdout + proc.stderr).lower()


def test_app_icon_renders_to_a_256_pixel_png(tmp_path, qapp):
    from PySide6.QtGui import QColor, QImage

    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        from render_icon import render
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    image = QImage(str(render(tmp_path / "icons" / "app.png", 256)))
    assert (image.width(), image.height()) == (256, 256)
    assert image.pixelColor(0, 0).alpha() == 0  # the rounded corner stays transparent
    assert image.pixelColor(24, 128) == QColor("#1f6feb")  # the blue tile, scaled 4x from the 64-unit SVG
    with pytest.raises(ValueError, match="not a readable SVG"):
        render(tmp_path / "x.png", 64, svg=tmp_path / "missing.svg")


def fake_bundle(folder: Path) -> Path:
    """A folder shaped like dist/DebtLens on Linux, whose DebtLens only says where it runs from."""
    bundle = folder / "DebtLens"
    for rel, source in ((f"share/applications/{config.APP_ID}.desktop", LINUX / f"{config.APP_ID}.desktop"),
                        (f"share/metainfo/{config.APP_ID}.metainfo.xml", LINUX / f"{config.APP_ID}.metainfo.xml"),
                        (f"share/icons/hicolor/scalable/apps/{config.APP_ID}.svg", ROOT / "resources/icons/app.svg"),
                        (f"share/icons/hicolor/256x256/apps/{config.APP_ID}.png", ROOT / "resources/icons/app.svg")):
        (bundle / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(source, bundle / rel)
    (bundle / "_internal").mkdir()
    (bundle / "DebtLens").write_text('#!/bin/sh\necho "DebtLens from $(dirname "$(readlink -f "$0")")"\n')
    (bundle / "DebtLens").chmod(0o755)
    shutil.copy(LINUX / "install.sh", bundle / "install.sh")
    return bundle


def test_install_script_installs_for_the_user_and_uninstalls(tmp_path):
    bundle = fake_bundle(tmp_path / "unpacked")
    home = tmp_path / "home user"  # a space in the path, as in many home folders
    env = {"HOME": str(home), "PATH": os.environ["PATH"]}
    proc = subprocess.run(["sh", str(bundle / "install.sh")], env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    local = home / ".local"
    dest = local / "opt" / "DebtLens"
    assert (dest / "_internal").is_dir()
    ran = subprocess.run([str(local / "bin" / "debtlens")], capture_output=True, text=True, timeout=60)
    assert ran.stdout.strip() == f"DebtLens from {dest}"
    desktop = (local / "share" / "applications" / f"{config.APP_ID}.desktop").read_text(encoding="utf-8")
    assert f'Exec="{dest}/DebtLens"' in desktop.splitlines()
    for rel in (f"metainfo/{config.APP_ID}.metainfo.xml", f"icons/hicolor/scalable/apps/{config.APP_ID}.svg",
                f"icons/hicolor/256x256/apps/{config.APP_ID}.png"):
        assert (local / "share" / rel).is_file(), rel
    # installing again (an update) replaces the copy; uninstalling removes every file and keeps the user's data
    data = local / "share" / "DebtLens" / "debtlens.db"
    data.parent.mkdir(parents=True)
    data.write_bytes(b"ledger")
    assert subprocess.run(["sh", str(bundle / "install.sh")], env=env, capture_output=True, timeout=60).returncode == 0
    proc = subprocess.run(["sh", str(dest / "install.sh"), "--uninstall"], env=env, capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 0, proc.stderr
    left = sorted(str(p.relative_to(local)) for p in local.rglob("*") if p.is_file())
    assert left == ["share/DebtLens/debtlens.db"]


def test_install_script_refuses_a_folder_that_is_not_a_bundle(tmp_path):
    shutil.copy(LINUX / "install.sh", tmp_path / "install.sh")
    proc = subprocess.run(["sh", str(tmp_path / "install.sh")], env={"HOME": str(tmp_path), "PATH": os.environ["PATH"]},
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 1
    assert f"install.sh: {tmp_path} is not an unpacked DebtLens folder" in proc.stderr


def test_every_package_says_the_same_version():
    import re
    import tomllib

    from app import __version__

    assert tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"] == __version__
    metainfo = (LINUX / f"{config.APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    assert re.search(r'<release version="([^"]+)"', metainfo).group(1) == __version__  # the newest comes first
    iss = (ROOT / "packaging" / "windows" / "debtlens.iss").read_text(encoding="utf-8")
    assert f'#define AppVersion "{__version__}"' in iss
    assert f"AppId={config.APP_ID}" in iss
