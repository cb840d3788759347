"""Replace a folder by a freshly built one atomically (pure: no Pelican import).

The build writes into a sibling folder; only a successful build takes the place of the
output, with one ``renameat2(RENAME_EXCHANGE)`` where the system has it (readers of the
folder see the old site or the new one, never a mix), else two renames.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


def staging_folder(output: Path) -> Path:
    """A new empty folder beside ``output`` (same file system, so renames are atomic)."""
    output.parent.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f".{output.name}.building-", dir=output.parent))


def exchange(new: Path, output: Path) -> None:
    """Put ``new`` in the place of ``output``; the old content ends up at ``new``'s path."""
    if not output.exists() and not output.is_symlink():
        os.rename(new, output)
        new.mkdir()
        return
    if output.is_symlink() or not output.is_dir():
        raise OSError(f"{output} không phải thư mục")
    if _renameat2(new, output):
        return
    parked = Path(tempfile.mkdtemp(prefix=f".{output.name}.old-", dir=output.parent))
    os.rmdir(parked)
    os.rename(output, parked)
    os.rename(new, output)
    os.rename(parked, new)


def discard(folder: Path, *, wait: bool = False) -> None:
    """Remove a staging or replaced folder (errors ignored: it is never served).

    The folder is first renamed to a hidden trash name, then deleted by a detached ``rm``
    (deleting thousands of folders takes seconds the build need not wait for), or here
    when ``wait`` is set or ``rm`` is missing.
    """
    if not folder.exists():
        return
    trash = folder.with_name(f".trash-{folder.name.lstrip('.')}")
    try:
        os.rename(folder, trash)
    except OSError:
        trash = folder
    rm = shutil.which("rm")
    if wait or rm is None:
        shutil.rmtree(trash, ignore_errors=True)
        return
    subprocess.Popen(
        [rm, "-rf", "--", str(trash)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def _renameat2(source: Path, target: Path) -> bool:
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        function = libc.renameat2
    except (OSError, AttributeError):
        return False
    function.argtypes = [
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_uint,
    ]
    result = function(
        _AT_FDCWD, os.fsencode(source), _AT_FDCWD, os.fsencode(target), _RENAME_EXCHANGE
    )
    return result == 0
