"""Content checker (pure: no Pelican): every problem an editor can fix, as file:line:col.

``check_paths(paths, settings) -> list[Problem]``; ``python -m content_check [PATH…]``.
Codes and their meaning: README.md in this folder.
"""

from content_check.check import check_paths, has_errors
from content_check.config import load_settings
from content_check.models import CheckSettings, Problem, Severity

__all__ = ["CheckSettings", "Problem", "Severity", "check_paths", "has_errors", "load_settings"]
