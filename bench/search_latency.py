"""How fast the search page shows its first results, in Debian's chromium, on a built site.

Serves SITE over loopback HTTP and, for each query, measures in the page (performance.now):

- ``cold``: a fresh browser context opens ``/tim-kiem/?q=QUERY``; time from the start of the
  navigation to the first result in the list (loading Pagefind and merging every bundle
  included);
- ``warm``: on a search page already loaded (a fresh context, nothing searched yet), the query
  is typed and submitted; time from the submit to the first result in the list (the reader's
  wait for an answer, budget 300 ms).

    python bench/search_latency.py SITE [-q "dang uy" -q "98-QĐ/TW"] [--repeat 5]

Build SITE first, e.g. ``python -m portal_core.build -s pelicanconf.py -o SITE CONTENT``.
Prints one row per query (median and worst of the repeats) and exits 1 when a warm median is
over the budget. A measurement, not a test: run it on a quiet machine.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import os
import statistics
import threading
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update"]
BUDGET_MS = 300.0
QUERIES = ("dang uy", "98-QĐ/TW", "chi bộ cơ sở", "chuyển đổi số")
# Records when the result list first gets an item (installed before the page's own scripts).
FIRST_RESULT_PROBE = """
window.__firstResult = null;
new MutationObserver((_, observer) => {
  const list = document.getElementById("ket-qua");
  if (list && list.childElementCount && window.__firstResult === null) {
    window.__firstResult = performance.now();
  }
}).observe(document, { childList: true, subtree: true });
"""
WARM_SEARCH = """
async (query) => {
  const list = document.getElementById("ket-qua");
  list.replaceChildren();
  const input = document.getElementById("tu-khoa-tim");
  input.value = query;
  const start = performance.now();
  const first = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (list.childElementCount) { observer.disconnect(); resolve(performance.now()); }
    });
    observer.observe(list, { childList: true });
  });
  document.getElementById("tim-kiem").requestSubmit();
  return (await first) - start;
}
"""


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # signature fixed by the stdlib
        pass


class _QuietServer(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address):  # a closed tab is not an error here
        pass


def serve(site: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    """A loopback HTTP server over ``site`` on a free port, and its base URL."""
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = _QuietServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def measure(base: str, queries: list[str], repeat: int) -> dict[str, dict[str, list[float]]]:
    """Milliseconds to the first result, cold and warm, ``repeat`` times per query."""
    from urllib.parse import quote

    from playwright.sync_api import sync_playwright

    times: dict[str, dict[str, list[float]]] = {q: {"cold": [], "warm": []} for q in queries}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        for _ in range(repeat):
            for query in queries:
                context = browser.new_context(viewport={"width": 1280, "height": 900})
                context.add_init_script(FIRST_RESULT_PROBE)
                page = context.new_page()
                page.goto(f"{base}/tim-kiem/?q={quote(query)}")
                # (no wait_for_function: the site's CSP forbids evaluating strings)
                page.locator("#ket-qua > li").first.wait_for(state="attached", timeout=60_000)
                times[query]["cold"].append(page.evaluate("window.__firstResult"))
                context.close()
                context = browser.new_context(viewport={"width": 1280, "height": 900})
                page = context.new_page()
                page.goto(f"{base}/tim-kiem/")
                page.locator("#bo-loc .filter-group").first.wait_for(state="attached")
                times[query]["warm"].append(page.evaluate(WARM_SEARCH, query))
                context.close()
        browser.close()
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path, help="a built site (with pagefind/indexes.json)")
    parser.add_argument("-q", "--query", action="append", help="query (repeatable)")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    listing = args.site / "pagefind" / "indexes.json"
    if not listing.is_file():
        parser.error(f"{listing} is missing: build the site first")
    server, base = serve(args.site)
    try:
        times = measure(base, args.query or list(QUERIES), args.repeat)
    finally:
        server.shutdown()
    over = False
    heads = ("cold median", "cold worst", "warm median", "warm worst")
    print(f"{'query':<20} " + " ".join(f"{h:>12}" for h in heads))
    for query, kinds in times.items():
        cold, warm = kinds["cold"], kinds["warm"]
        over |= statistics.median(warm) > BUDGET_MS
        print(
            f"{query:<20} {statistics.median(cold):>10.0f}ms {max(cold):>10.0f}ms "
            f"{statistics.median(warm):>10.0f}ms {max(warm):>10.0f}ms"
        )
    print(f"budget: first results within {BUDGET_MS:.0f} ms of a submitted query (warm)")
    print("load average during the run: {:.1f} {:.1f} {:.1f}".format(*os.getloadavg()))
    return 1 if over else 0


if __name__ == "__main__":
    raise SystemExit(main())
