"""The portal's own signal: the output folder is complete (no Pelican import needed).

Pelican sends ``finalized`` to every receiver in no fixed order; pages are written by
build_cache at ``finalized``, so plugins that read the built files (sitemap, search index,
URL checks) connect to ``output_complete`` instead. Receivers get the Pelican object.
"""

from blinker import signal

output_complete = signal("portal_output_complete")
