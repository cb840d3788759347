"""Tell the process that started the build when the pages are final (``invoke publish``
checks them while the sitemap and the search index are still being written).

The parent passes a pipe's write end as ``PORTAL_OUTPUT_READY_FD``; the build writes one
line of JSON to it when every file of its output is final except the paths (files or
folders) ``unfinished``: ``{"folder": "/abs/staging", "unfinished": ["pagefind",
"sitemap.xml"]}``. ``folder`` is
where the output is being written (the build swaps it into place at the very end). A build
that fails before that point writes nothing; one that fails after it still exits non-zero.
"""

from __future__ import annotations

import json
import os
import select
import subprocess
from collections.abc import Mapping, Sequence

READY_FD_ENV = "PORTAL_OUTPUT_READY_FD"


def announce_output_ready(
    folder: str, unfinished: Sequence[str], environ: Mapping[str, str] = os.environ
) -> bool:
    """Write the announcement to the descriptor named in ``environ``, once (the variable is
    removed from this process's environment). Whether it was written."""
    value = environ.get(READY_FD_ENV, "")
    if not value.isdigit():
        return False
    if environ is os.environ:
        os.environ.pop(READY_FD_ENV, None)  # nothing started later inherits the duty
    line = json.dumps({"folder": os.path.abspath(folder), "unfinished": list(unfinished)})
    try:
        os.write(int(value), (line + "\n").encode("utf-8"))
        os.close(int(value))
    except OSError:
        return False
    return True


def wait_for_announcement(build: subprocess.Popen, ready: int, poll: float = 0.05) -> dict | None:
    """In the parent: wait until the ``build`` process announces on the pipe ``ready``
    (read end) or exits; the announcement (``folder``, ``unfinished``), else None. The
    build's forked workers hold the pipe too, so its end is not awaited: the process is."""
    received = b""
    while build.poll() is None:
        readable, _, _ = select.select([ready], [], [], poll)
        if not readable:
            continue
        chunk = os.read(ready, 4096)
        if not chunk:
            return None
        received += chunk
        if received.endswith(b"\n"):
            try:
                announced = json.loads(received)
                return {
                    "folder": str(announced["folder"]),
                    "unfinished": [str(folder) for folder in announced["unfinished"]],
                }
            except (ValueError, KeyError, TypeError):
                return None
    return None
