"""The build publishes nothing from outside the content folder (Pelican glue).

``portal_files.links`` finds the symbolic links under ``PATH`` that resolve outside it; the
build stops on them, before anything is read, with each link named (a link committed to Git
as ``content/images/anh`` → ``/root`` would otherwise publish the machine's home folder).
"""

from __future__ import annotations

import os

from portal_content.errors import ContentError
from portal_files.links import links_leaving, refusal

#: Set in the settings once ``PATH`` was checked (``python -m portal_core.build`` checks it
#: before it fingerprints the inputs), so Pelican's start does not walk it again.
CHECKED_KEY = "PORTAL_CONTENT_LINKS_CHECKED"


def refuse_links_leaving(root: str) -> None:
    """Raise ContentError naming every link under ``root`` whose target is outside it."""
    links = links_leaving(root)
    if not links:
        return
    first, *others = links
    message = refusal(first) + "".join(
        f"\n  {os.path.join(root, link.path)}: cũng trỏ ra ngoài, tới {link.target}"
        for link in others
    )
    raise ContentError(os.path.join(root, first.path), None, message)


def refuse_links_at_start(pelican) -> None:
    """``initialized`` receiver: check ``PATH`` unless the build command already did."""
    if not pelican.settings.get(CHECKED_KEY):
        refuse_links_leaving(pelican.settings["PATH"])
