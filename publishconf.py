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
