"""Bytes -> text, in a fixed order of evidence, never by a silent guess.

Order (input-formats.md §9.1): a byte-order mark; the charset the file declares (OFX header, a CSV profile);
strict UTF-8; GB18030 (a superset of GBK, what Alipay and Chinese Excel write) when the result reads like
Chinese text; a documented per-format fallback (cp1252 for QIF/OFX); finally charset-normalizer. A result from
the last two steps is marked ``guessed`` so the caller can tell the user.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from app.importers.records import ImportFormatError, wrong_kind
from app.domain.messages import QT_TRANSLATE_NOOP

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
SAMPLE_BYTES = 64 * 1024
# C0 controls other than TAB, LF, FF, CR: binary files are full of them, a statement holds a stray one at most.
_CONTROL = frozenset(chr(c) for c in range(32)) - {"\t", "\n", "\x0c", "\r"}


#: Why a text is read in the encoding of its byte-order mark (``%1``), for a refusal that names it.
_BOM_SAYS = QT_TRANSLATE_NOOP("ImportTexts", "it starts with a %1 byte-order mark")


@dataclass(frozen=True, slots=True)
class Decoded:
    """Decoded text and how it was obtained.

    Attributes:
        text: the file's text, BOM removed.
        encoding: Python codec name used (``"utf-8"``, ``"gb18030"``, ``"cp1252"`` ...).
        guessed: ``True`` when no BOM, declaration or strict check decided it (fallback or charset-normalizer).
    """

    text: str
    encoding: str
    guessed: bool = False


def decode_bytes(data: bytes, filename: str, *, declared: str | None = None, declared_by: str | None = None,
                 fallback: str | None = None) -> Decoded:
    """Decode a statement file.

    Args:
        data: the raw file.
        filename: for error messages.
        declared: a charset the file or its profile declares (Python codec name); wins over detection.
        declared_by: who declared it, for the error message (a message: "the CSV profile 'CMB'"); ``None``: the
            file itself.
        fallback: codec to use when neither UTF-8 nor GB18030 fits (cp1252 for QIF/OFX), marked as guessed.

    Raises:
        ImportFormatError: empty, binary, truncated inside a character, or in no recognisable encoding.
    """
    if not data or data.isspace():
        raise ImportFormatError(filename, QT_TRANSLATE_NOOP("ImportTexts", "the file is empty"))
    wide = decode_wide(data, filename)
    if wide is not None:
        return wide
    if data.startswith(codecs.BOM_UTF8):
        return Decoded(_strict(data[len(codecs.BOM_UTF8):], "utf-8", filename,
                               _BOM_SAYS.arg("utf-8")), "utf-8")
    if b"\x00" in data[:SAMPLE_BYTES]:
        raise wrong_kind(filename, QT_TRANSLATE_NOOP("ImportTexts", "it is a binary file, not text"))
    if declared:
        says = QT_TRANSLATE_NOOP("ImportTexts", "%1 says %2").arg(
                declared_by or QT_TRANSLATE_NOOP("ImportTexts", "the file"), declared)
        return Decoded(_strict(data, declared, filename, says), declared)
    cut_short = False
    try:
        return Decoded(_checked(data.decode("utf-8"), filename), "utf-8")
    except UnicodeDecodeError as err:
        cut_short = _is_cut_short(err, data)
    try:
        text: str | None = data.decode("gb18030")
    except UnicodeDecodeError as err:
        cut_short = cut_short or _is_cut_short(err, data)
        text = None
    if text is not None and reads_as_chinese(text):
        return Decoded(_checked(text, filename), "gb18030")
    if cut_short:
        raise ImportFormatError(filename, QT_TRANSLATE_NOOP(
                "ImportTexts", "the file is truncated: it ends in the middle of a character"))
    if fallback:
        usual = QT_TRANSLATE_NOOP("ImportTexts", "%1 is this format's usual encoding").arg(fallback)
        return Decoded(_strict(data, fallback, filename, usual), fallback,
                       guessed=True)
    return _normalizer_guess(data, filename)


def decode_wide(data: bytes, filename: str) -> Decoded | None:
    """Decode UTF-16 or UTF-32 text (by its byte-order mark, or UTF-16 without one: a NUL in every other byte of
    ASCII text, as some bank and Windows exports write, ezbookkeeping #361); ``None`` for any other bytes.

    NUL bytes after the last character (a buffer written whole, one odd NUL byte) are padding and dropped; the
    NUL bytes of the last character itself are kept.

    Raises:
        ImportFormatError: the bytes are not valid text in that encoding.
    """
    codec, why, body = None, QT_TRANSLATE_NOOP("ImportTexts", "it looks like UTF-16 text"), data
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            if encoding == "utf-8":
                return None
            codec, why, body = encoding, _BOM_SAYS.arg(encoding), data[len(bom):]
            break
    if codec is None:
        if b"\x00" not in data[:SAMPLE_BYTES]:
            return None
        unpadded = data.rstrip(b"\x00")
        codec = _bomless_utf16(unpadded + b"\x00" * (len(unpadded) % 2))
        if codec is None:
            return None
    unit = 4 if "32" in codec else 2
    trimmed = body.rstrip(b"\x00")
    body = trimmed + b"\x00" * (-len(trimmed) % unit)
    return Decoded(_strict(body, codec, filename, why), codec)


def _strict(data: bytes, encoding: str, filename: str, why: str) -> str:
    try:
        return _checked(data.decode(encoding), filename)
    except UnicodeDecodeError as err:
        raise ImportFormatError(
            filename, QT_TRANSLATE_NOOP(
                    "ImportTexts", "cannot decode the text as %1 (%2): bad byte at offset %3")
                            .arg(encoding, why, err.start)
        ) from None
    except LookupError:
        raise ImportFormatError(filename, QT_TRANSLATE_NOOP(
                "ImportTexts", "unknown text encoding %1 (%2)").arg(repr(encoding), why)) from None


def _checked(text: str, filename: str) -> str:
    """Refuse blank text, and text with control characters: such a file is binary even if it happens to decode."""
    if not text.strip():
        raise ImportFormatError(filename, QT_TRANSLATE_NOOP("ImportTexts", "the file is empty"))
    if looks_binary(text):
        raise wrong_kind(filename, QT_TRANSLATE_NOOP("ImportTexts", "it is a binary file, not text"))
    return text


def looks_binary(text: str) -> bool:
    """Whether the first :data:`SAMPLE_BYTES` characters of ``text`` hold control characters other than TAB, LF, FF
    and CR in a number no text has: more than 2 and more than one in 1,000 characters, or more than one and over
    one in 50. Decoded binary data holds about one in ten; a statement may hold a stray one in a shop's name (a
    bell, an escape), which the importers drop from the text."""
    sample = text[:SAMPLE_BYTES]
    if _CONTROL.isdisjoint(sample):
        return False
    controls = sum(map(sample.count, _CONTROL & set(sample)))
    return controls > max(2, len(sample) // 1000) or (controls > 1 and controls * 50 > len(sample))


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without BOM shows NUL in every other byte for ASCII text; anything else with NULs is binary."""
    sample = data[:4096]
    sample = sample[: len(sample) // 2 * 2]
    half = len(sample) // 2
    odd_nuls, even_nuls = sample[1::2].count(0), sample[0::2].count(0)
    if half and odd_nuls > 0.4 * half and even_nuls == 0:
        return "utf-16-le"
    if half and even_nuls > 0.4 * half and odd_nuls == 0:
        return "utf-16-be"
    return None


def _is_cut_short(err: UnicodeDecodeError, data: bytes) -> bool:
    """True when the first decoding error is an unfinished character at the very end of the file."""
    return err.end >= len(data) and err.start >= len(data) - 3 and (
        "end of data" in err.reason or "incomplete" in err.reason
    )


def reads_as_chinese(text: str) -> bool:
    """GB18030 decodes many byte soups; accept it only when most non-ASCII characters are common (GB2312) ones.

    cp1252 text such as ``"Crème"`` can pass a GB18030 decoder, but its pairs land outside GB2312, where every
    everyday Chinese character of a wallet statement lives.
    """
    sample = text[:SAMPLE_BYTES]
    non_ascii = [ch for ch in set(sample) if ord(ch) > 127]
    if not non_ascii:
        return True
    common = 0
    for ch in non_ascii:
        try:
            ch.encode("gb2312")
            common += 1
        except UnicodeEncodeError:
            pass
    return common >= 0.8 * len(non_ascii)


def _normalizer_guess(data: bytes, filename: str) -> Decoded:
    from charset_normalizer import from_bytes  # imported on demand: only odd files get here

    sample = data[:SAMPLE_BYTES]
    if len(data) > SAMPLE_BYTES and b"\n" in sample:
        sample = sample[: sample.rindex(b"\n") + 1]  # never cut a character in half
    best = from_bytes(sample).best()
    if best is None:
        raise wrong_kind(filename, QT_TRANSLATE_NOOP(
                "ImportTexts", "its text is neither UTF-8 nor GBK/GB18030 and its encoding cannot be recognised"))
    encoding = best.encoding
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        raise wrong_kind(filename, QT_TRANSLATE_NOOP(
                "ImportTexts", "its text is neither UTF-8 nor GBK/GB18030 (the closest guess, %1, fails too)")
                        .arg(encoding)) from None
    return Decoded(_checked(text, filename), encoding, guessed=True)
