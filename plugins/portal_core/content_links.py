"""The build publishes nothing from outside the content folder (Pelican glue).

``portal_files.links`` finds the symbolic links under ``PATH`` that resolve outside it; the
build stops on them, before anything is read, with each link named (a link committed to Git
as ``content/images/anh`` → ``/root`` would otherwise publish the machine's home folder).
A ``{static}``/``{attach}`` link whose path climbs out of ``PATH`` ("{static}/../x") stops it
too, before any file is written: Pelican would copy that file, from outside the content
folder, to the same path outside the output folder.
"""

from __future__ import annotations

import os
import re
from urllib.parse import unquote

from pelican.contents import Content
from portal_content.errors import ContentError, DroppedArticlesError
from portal_content.metadata import ARTICLE_COLLECTIONS, PAGE_COLLECTIONS
from portal_files.links import climbing_refusal, climbs_out, links_leaving, refusal

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


def refuse_static_links_leaving(generators) -> None:
    """``all_generators_finalized`` receiver (before any file is written): stop the build if
    a ``{static}``/``{attach}`` link of an article or page leads out of ``PATH``, naming the
    file and line of each such link."""
    linked = generators[0].context.get("static_links", ()) if generators else ()
    if not any(map(climbs_out, linked)):
        return
    reasons = {}
    for generator in generators:
        for name in ARTICLE_COLLECTIONS + PAGE_COLLECTIONS:
            for doc in getattr(generator, name, None) or ():
                if isinstance(doc, Content) and any(map(climbs_out, doc.get_static_links())):
                    line, link = _leaving_link_line(doc.source_path, doc.relative_dir)
                    reasons[doc.source_path] = f"{doc.source_path}:{line}: {climbing_refusal(link)}"
    raise DroppedArticlesError(reasons)


_STATIC_LINK = re.compile(r"[{|](?:static|attach)[}|](?P<value>[^\s)\"'<>]*)")


def _leaving_link_line(source_path: str, relative_dir: str) -> tuple[int, str]:
    """The line and text of the first static link in the source file that climbs out (read
    only when one does), resolved as Pelican resolves it; (1, "{static}") if none is found."""
    try:
        with open(source_path, encoding="utf-8", errors="replace") as handle:
            lines = handle.read().splitlines()
    except OSError:
        return 1, "{static}"
    for number, line in enumerate(lines, start=1):
        for match in _STATIC_LINK.finditer(line):
            value = unquote(match["value"].split("#", 1)[0].split("?", 1)[0])
            path = value[1:] if value.startswith("/") else os.path.join(relative_dir, value)
            if climbs_out(path):
                return number, match.group(0)
    return 1, "{static}"
