"""Plain text: UTF-8 (with or without byte-order mark), UTF-16 with a byte-order mark, else
Windows-1252."""

from __future__ import annotations

from kg.errors import InputError


def decode_text(data: bytes) -> tuple[str, str]:
    """The text and the name of its encoding. Windows-1252 is the other encoding of Dutch letters
    in the wild; bytes that fit neither are an error, never silently replaced."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as error:
            raise InputError(f"the UTF-16 text is broken at byte {error.start}") from error
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError as error:
        raise InputError(
            f"the text is neither UTF-8 nor Windows-1252 (byte {error.start}); convert it to UTF-8"
        ) from error
