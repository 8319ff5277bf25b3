"""Start at login: the XDG autostart entry is written and removed under $XDG_CONFIG_HOME."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from app import autostart

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG autostart is Linux only")


def test_entry_is_written_and_removed(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    assert not autostart.is_enabled()
    path = autostart.enable(["/opt/debt lens/bin/debtlens", "--db", "/home/示例/100%$.db"], Path("/opt/app.svg"))
    assert path == tmp_path / "config" / "autostart" / "debtlens.desktop"
    assert autostart.is_enabled() and path.stat().st_mode & 0o777 == 0o600
    text = path.read_text(encoding="utf-8")
    assert text.startswith("[Desktop Entry]\nType=Application\n")
    # quoted where needed; % doubled; $ escaped inside the quotes, that backslash doubled as a string value
    assert 'Exec="/opt/debt lens/bin/debtlens" --db "/home/示例/100%%\\\\$.db"\n' in text
    assert "Icon=/opt/app.svg\n" in text and "Name[zh_CN]=明白账\n" in text
    autostart.disable()
    assert not path.exists() and not autostart.is_enabled()
    autostart.disable()  # nothing there: nothing to do


def test_default_folder_and_control_characters(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", "relative/ignored")
    assert autostart.desktop_file() == tmp_path / ".config" / "autostart" / "debtlens.desktop"
    with pytest.raises(ValueError):
        autostart.exec_line(["/bin/debtlens", "--db", "a\nb.db"])
    assert autostart.exec_line(["/usr/bin/debtlens"]) == "/usr/bin/debtlens"
    assert autostart.launch_command(tmp_path / "x.db")[-2:] == ["--db", str(tmp_path / "x.db")]
