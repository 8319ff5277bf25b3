"""Read a large text statement line by line, decoding a chunk at a time, so its whole text is never in memory.

A 100,000-row Alipay export is 27 MB of GBK; decoded whole it is 53 MB of Python text (two bytes per Chinese
character) held while every row is parsed. When the head of the file settles its encoding the way
:func:`app.importers.decoding.decode_bytes` would, :func:`stream_text` decodes it in chunks that end at a line
break instead. The encoding is only settled by the head: a bad byte further on raises ``UnicodeDecodeError`` from
the line iterator, and the caller then reads the file again through ``decode_bytes`` (whose order of evidence and
refusals stay the one rule; this is only a cheaper route to the same text).
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from dataclasses import dataclass

from app.importers.decoding import SAMPLE_BYTES, looks_binary, reads_as_chinese

#: Bytes decoded at a time (a chunk is cut back to its last line break).
CHUNK_BYTES = 1 << 20

#: Codecs in which the byte 0x0A is always a line feed (never part of a multi-byte character), so a chunk cut after
#: one decodes on its own: UTF-8, the GB family (trail bytes 0x30-0x39, 0x40-0xFE), Big5, single-byte codecs.
_LF_SAFE = frozenset({"utf-8", "gb18030", "gbk", "gb2312", "big5", "cp1252", "iso8859-1", "ascii"})


@dataclass(frozen=True, slots=True)
class StreamedText:
    """A text file decoded a chunk at a time.

    Attributes:
        data: the file's bytes.
        start: where the text starts (after a UTF-8 byte-order mark).
        encoding: the Python codec settled by the head of the file.
    """

    data: bytes
    start: int
    encoding: str

    def lines(self) -> Iterator[str]:
        """Yield the lines with their line feed (the last one without, when the file does not end in one).

        Raises:
            UnicodeDecodeError: a chunk is not valid in ``encoding`` (read the file whole instead).
        """
        data, encoding, size = self.data, self.encoding, len(self.data)
        begin = self.start
        while begin < size:
            end = size
            if begin + CHUNK_BYTES < size:
                end = data.rfind(b"\n", begin, begin + CHUNK_BYTES) + 1
                if end <= begin:  # one line longer than a chunk
                    end = data.find(b"\n", begin + CHUNK_BYTES) + 1 or size
            text = data[begin:end].decode(encoding)
            find, at, length = text.find, 0, len(text)
            while at < length:
                stop = find("\n", at) + 1 or length
                yield text[at:stop]
                at = stop
            begin = end

    def line_count(self) -> int:
        """Lines in the file (line feeds + 1), for progress."""
        return self.data.count(b"\n", self.start) + 1

    def ends_cleanly(self) -> bool:
        """Whether the file ends in a line break (a cut-off file usually does not)."""
        return self.data.endswith((b"\n", b"\r"))

    def text(self) -> str:
        """The whole text at once, for the rare format that must see it whole.

        Raises:
            UnicodeDecodeError: as :meth:`lines`.
        """
        return self.data[self.start:].decode(self.encoding)


def stream_text(data: bytes, *, declared: str | None = None) -> StreamedText | None:
    """The file as a :class:`StreamedText` when its head settles the encoding, else ``None`` (decode it whole).

    The head (the first :data:`CHUNK_BYTES`, cut at a line break) decides as ``decode_bytes`` would decide on the
    whole file: a UTF-8 byte-order mark; the ``declared`` codec (a CSV profile's); strict UTF-8; GB18030 when it
    reads as Chinese. Files that need any other step (UTF-16/32, no line feed, a codec where 0x0A can sit inside a
    character, control characters, a guess) return ``None``, as does a head that is blank.
    """
    start = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    head = data[start:start + CHUNK_BYTES]
    if b"\n" not in head or b"\x00" in data[:SAMPLE_BYTES]:
        return None
    if start + CHUNK_BYTES < len(data):
        head = head[:head.rindex(b"\n") + 1]
    candidates = ["utf-8"] if start else [declared] if declared else ["utf-8", "gb18030"]
    for candidate in candidates:
        try:
            encoding = codecs.lookup(candidate).name
            text = head.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
        if encoding not in _LF_SAFE or not text.strip() or looks_binary(text):
            return None
        if encoding == "gb18030" and not declared and not reads_as_chinese(text):
            return None
        return StreamedText(data, start, encoding)
    return None
