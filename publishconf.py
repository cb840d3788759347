"""Settings for the published site: `invoke publish` builds with this file."""

import os
import sys

sys.path.append(os.path.dirname(os.path.abspath(__file__)))

from pelicanconf import *  # noqa: F403

# The public address of the portal; override with PORTAL_SITEURL for a staging copy.
SITEURL = os.environ.get("PORTAL_SITEURL", "https://dangbokhoi.example.vn")
RELATIVE_URLS = False
FEED_DOMAIN = SITEURL
DELETE_OUTPUT_DIRECTORY = True

# Drafts are previewed with `invoke serve` (pelicanconf.py) and never written when publishing.
DRAFT_SAVE_AS = ""
# Scheduled articles (Date in the future) are left out of every page, list and feed until
# their time; a timer that runs `invoke publish` every few minutes puts them online.
SCHEDULE_HOLD = True
# Internal content ("lưu hành nội bộ") never reaches the published site, whatever command
# runs this build: plugins/safe_html refuses it with path:line and a non-zero exit.
SAFE_HTML_REFUSE_INTERNAL = True

# --- Publishing (`invoke publish` / `invoke rollback`, lib/publish) -------------------------
# The web server serves PUBLISH_DIR/current ("published/current" by default), a symlink to one
# of PUBLISH_RELEASES_DIR/<time>/ ("site-releases/"); both folders must be on one filesystem
# (the swap is an atomic rename). PUBLISH_KEEP releases are kept besides the current and
# previous ones (5 by default); an older one is renamed .pruned-<time>/ and deleted while the
# next publish builds. Defaults and types: lib/publish/settings.py.
