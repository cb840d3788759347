"""Atomic publishing of the built site and rollback (no Pelican).

``ReleaseStore`` swaps releases with symlinks; ``check_site`` holds the fast gates a build must
pass before it is published; ``publish_site`` runs check → build → gates → swap.
"""

from publish.gates import GateProblem, check_site
from publish.pipeline import publish_site, rollback_site
from publish.releases import PublishError, ReleaseStore

__all__ = [
    "GateProblem",
    "PublishError",
    "ReleaseStore",
    "check_site",
    "publish_site",
    "rollback_site",
]
