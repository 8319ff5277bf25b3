"""Compile a Qt Linguist ``.ts`` catalogue into the binary ``.qm`` file that ``QTranslator`` loads, in pure Python.

    python packaging/qm.py translations/debtlens_zh_CN.ts translations/debtlens_zh_CN.qm

Building a wheel must not need Qt: pip builds in an isolated environment that has setuptools and nothing else, and
may have no network to fetch PySide6 (about 100 MB) for ``pyside6-lrelease``. So ``setup.py`` compiles the shipped
catalogues with this module; the test suite checks that its output is byte for byte what ``pyside6-lrelease``
writes for the same file (``tests/test_packaging.py``).

What it writes is what ``lrelease`` writes in its default mode: the 16-byte magic, then tagged blocks
(tag byte, big-endian uint32 length, data): the language code, the hash table (``(elfHash(source + comment),
offset)`` pairs sorted), the messages (sorted by context, source, comment; each its translations as UTF-16BE
strings, then comment, source and context as UTF-8, then an end tag) and, for languages with plural forms, the
numerus rules. Like ``lrelease`` it leaves out obsolete and vanished entries and unfinished entries with no text,
and keeps unfinished entries that have one (the test suite refuses any unfinished entry before they ship).

Only the parts of the format DebtLens uses are supported: a catalogue with length variants, ``<byte>`` escapes,
id-based messages or a language missing from ``NUMERUS_RULES`` raises ``QmError`` rather than writing a file
that translates differently from ``lrelease``'s.
"""

from __future__ import annotations

import struct
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")

# block tags of the file, and tags inside one message
_CONTEXTS, _HASHES, _MESSAGES, _NUMERUS_RULES, _DEPENDENCIES, _LANGUAGE = 0x2F, 0x42, 0x69, 0x88, 0x96, 0xA7
_END, _TRANSLATION, _SOURCE_TEXT, _CONTEXT, _COMMENT = 1, 3, 6, 7, 8

#: Plural forms by language (the part of the code before ``_``): ``(rules as Qt encodes them, number of forms)``
#: (``qttools`` numerus.cpp). English says "1 day" / "2 days" (form 0 when n == 1: operator EQ = 0x01, operand 1);
#: Chinese has one form (no rules, no block written). Like lrelease, a plural message keeps exactly that many
#: forms: extra ones are dropped, missing ones left empty.
NUMERUS_RULES: dict[str, tuple[bytes, int]] = {"en": (b"\x01\x01", 2), "zh": (b"", 1)}


class QmError(ValueError):
    """A catalogue this compiler cannot turn into the same ``.qm`` as ``lrelease``; the message names the file
    and what is unsupported."""


@dataclass(frozen=True)
class _Message:
    context: bytes
    source: bytes
    comment: bytes
    translations: tuple[str | None, ...]  # None: a plural form the catalogue lacks (Qt's null string)

    def key(self) -> tuple[bytes, bytes, bytes]:
        return self.context, self.source, self.comment


def elf_hash(data: bytes) -> int:
    """The ELF hash Qt uses to find a message (of source text + comment bytes); never 0 (0 becomes 1)."""
    h = 0
    for byte in data:
        h = ((h << 4) + byte) & 0xFFFFFFFF
        g = h & 0xF0000000
        if g:
            h ^= g >> 24
        h &= ~g & 0xFFFFFFFF
    return h or 1


def _qstring(text: str | None) -> bytes:
    if text is None:
        return b"\xff\xff\xff\xff"
    data = text.encode("utf-16-be")
    return struct.pack(">I", len(data)) + data


def _qbytes(data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + data


def _text(element: ET.Element | None) -> str:
    return "" if element is None else (element.text or "")


def read_ts(path: Path) -> tuple[str, list[_Message]]:
    """``(language code, messages to compile)`` of a ``.ts`` file, in file order. Raises ``QmError`` for parts of
    the format not supported here or a language without plural rules, ``ET.ParseError`` for a file that is not
    XML."""
    root = ET.parse(path).getroot()
    if root.tag != "TS":
        raise QmError(f"{path}: not a Qt Linguist catalogue (root element <{root.tag}>)")
    language = root.get("language", "")
    if language.split("_")[0] not in NUMERUS_RULES:
        raise QmError(f"{path}: language {language!r} has no plural rules here (add them to NUMERUS_RULES)")
    plurals = NUMERUS_RULES[language.split("_")[0]][1]
    messages: list[_Message] = []
    for context in root.iter("context"):
        name = _text(context.find("name"))
        for message in context.iter("message"):
            if message.get("id") is not None:
                raise QmError(f"{path}: context {name!r}: id-based messages are not supported")
            translation = message.find("translation")
            if translation is None:
                continue
            kind = translation.get("type", "")
            if kind in ("obsolete", "vanished"):
                continue
            if translation.get("variants") == "yes" or translation.find(".//lengthvariant") is not None \
                    or message.find(".//byte") is not None:
                raise QmError(f"{path}: context {name!r}: length variants and <byte> escapes are not supported")
            forms: tuple[str | None, ...]
            if message.get("numerus") == "yes":
                forms = tuple(_text(form) for form in translation.findall("numerusform"))[:plurals]
                forms += (None,) * (plurals - len(forms))
            else:
                forms = (_text(translation),)
            if kind == "unfinished" and not (forms and forms[0]):
                continue  # lrelease drops untranslated entries: the source text shows instead
            messages.append(_Message(name.encode(), _text(message.find("source")).encode(),
                                     _text(message.find("comment")).encode(), forms))
    return language, messages


def _squeeze(messages: list[_Message]) -> dict[tuple[bytes, bytes, bytes], _Message]:
    """The messages keyed as lrelease keeps them: a disambiguation comment is dropped when the same context and
    source text has no other entry, since QTranslator falls back to the comment-less lookup."""
    stripped = {(m.context, m.source) for m in messages if not m.comment}
    kept: dict[tuple[bytes, bytes, bytes], _Message] = {}
    for message in messages:
        force_comment = not message.comment or not message.context or (message.context, message.source) in stripped
        if not force_comment:
            bare = _Message(message.context, message.source, b"", message.translations)
            if bare.key() not in kept:
                kept[bare.key()] = bare
                continue
        kept[message.key()] = message
    return kept


def compile_ts(path: Path) -> bytes:
    """The ``.qm`` bytes for the ``.ts`` file at ``path`` (see the module docstring); raises ``QmError``."""
    language, messages = read_ts(path)
    block = bytearray()
    offsets: list[tuple[int, int]] = []
    for _key, message in sorted(_squeeze(messages).items()):
        offsets.append((elf_hash(message.source + message.comment), len(block)))
        for translation in message.translations:
            block += bytes([_TRANSLATION]) + _qstring(translation)
        block += bytes([_COMMENT]) + _qbytes(message.comment)
        block += bytes([_SOURCE_TEXT]) + _qbytes(message.source)
        block += bytes([_CONTEXT]) + _qbytes(message.context)
        block += bytes([_END])
    out = bytearray(MAGIC)
    if language:
        out += bytes([_LANGUAGE]) + _qbytes(language.encode())
    if offsets:
        hashes = b"".join(struct.pack(">II", h, o) for h, o in sorted(offsets))
        out += bytes([_HASHES]) + _qbytes(hashes)
        out += bytes([_MESSAGES]) + _qbytes(bytes(block))
    rules = NUMERUS_RULES[language.split("_")[0]][0]
    if rules:
        out += bytes([_NUMERUS_RULES]) + _qbytes(rules)
    return bytes(out)


def compile_file(ts: Path, qm: Path) -> Path:
    """Write the ``.qm`` for ``ts`` to ``qm`` (folders created); returns ``qm``. Raises ``QmError``."""
    qm.parent.mkdir(parents=True, exist_ok=True)
    qm.write_bytes(compile_ts(ts))
    return qm


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: python packaging/qm.py CATALOGUE.ts OUT.qm")
    compile_file(Path(sys.argv[1]), Path(sys.argv[2]))
