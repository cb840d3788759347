"""Pelican glue: redirect pages and maps for old URLs, and the published-URL check."""

from __future__ import annotations

import logging
from pathlib import Path

import yaml
from build_cache.signals import output_complete
from pelican import signals
from pelican.generators import Generator
from url_manifest.manifest import (
    Redirect,
    RedirectError,
    UrlsWithdrawnError,
    apache_map,
    check_redirects,
    expand_redirects,
    nginx_map,
    parse_aliases,
    parse_redirects_file,
    read_manifest,
    redirect_page,
    served_urls,
    withdrawn,
)

logger = logging.getLogger(__name__)

DEFAULTS = {
    # The committed list of every published URL, relative to PATH (content/). No file: no check.
    "URL_MANIFEST": "urls.manifest",
    # Extra redirects (old: new; "old/*: new/*" for a whole folder), relative to PATH.
    "URL_REDIRECTS_FILE": "redirects.yaml",
    # Output files that are not URLs anyone links to (theme assets, search index chunks).
    "URL_MANIFEST_EXCLUDE": ["theme/*", "pagefind/*", "redirects/*", ".htaccess"],
    # Redirect maps for web servers, written into the output ("" = off).
    "URL_REDIRECTS_NGINX": "redirects/nginx.conf",
    "URL_REDIRECTS_APACHE": ".htaccess",
}


def setting(settings, name: str):
    return settings.get(name, DEFAULTS[name])


def _content_file(settings, name: str) -> Path | None:
    value = setting(settings, name)
    if not value:
        return None
    return Path(settings["PATH"]) / value


def _manifest(settings) -> list[str]:
    path = _content_file(settings, "URL_MANIFEST")
    return read_manifest(path) if path and path.exists() else []


def collect_redirects(settings, documents) -> list[Redirect]:
    """Aliases of articles/pages plus redirects.yaml, prefix rules expanded."""
    redirects: list[Redirect] = []
    for doc in documents:
        for old in parse_aliases(doc.metadata.get("aliases")):
            redirects.append(Redirect(old, doc.url, doc.source_path))
    path = _content_file(settings, "URL_REDIRECTS_FILE")
    if path and path.exists():
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        redirects += parse_redirects_file(data, str(path))
    return expand_redirects(redirects, _manifest(settings))


class RedirectsGenerator(Generator):
    """Writes one redirect page per old URL, and the nginx / Apache maps."""

    def generate_context(self):
        pass

    def generate_output(self, writer):
        documents = []
        for key in ("articles", "drafts", "hidden_articles", "pages", "hidden_pages"):
            documents += list(self.context.get(key, []) or [])
        for doc in list(documents):
            documents += list(getattr(doc, "translations", []) or [])
        redirects = collect_redirects(self.settings, documents)
        if not redirects:
            return
        output = Path(self.output_path)
        real = {doc.url for doc in documents if getattr(doc, "url", None)}
        check_redirects(redirects, real)
        site_url = self.settings.get("SITEURL", "")
        for rule in redirects:
            if "." in rule.old.rsplit("/", 1)[-1]:
                continue  # a file URL (feed, PDF): only the server maps can redirect it
            target = output / rule.old / "index.html"
            if target.exists():
                raise RedirectError(f"{rule.origin}: /{rule.old} đã có trang, không ghi đè")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(redirect_page(rule.new, site_url), encoding="utf-8")
        for name, render in (
            ("URL_REDIRECTS_NGINX", nginx_map),
            ("URL_REDIRECTS_APACHE", apache_map),
        ):
            relative = setting(self.settings, name)
            if relative:
                path = output / relative
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(render(redirects, site_url), encoding="utf-8")
        logger.info("url_manifest: %d chuyển hướng", len(redirects))


def get_generators(pelican):
    return RedirectsGenerator


def check_published_urls(pelican) -> None:
    """After the build: every manifest URL must still answer (page or redirect)."""
    settings = pelican.settings
    path = _content_file(settings, "URL_MANIFEST")
    if path is None or not path.exists():
        logger.info("url_manifest: không có %s, bỏ qua kiểm tra địa chỉ", path)
        return
    manifest = read_manifest(path)
    exclude = tuple(setting(settings, "URL_MANIFEST_EXCLUDE"))
    served = served_urls(Path(settings["OUTPUT_PATH"]), exclude)
    redirects = collect_redirects(settings, [])  # file-URL rules from redirects.yaml
    gone = withdrawn(manifest, served, redirects)
    if gone:
        error = UrlsWithdrawnError(gone, path)
        logger.error("%s", error)
        raise error


def register():
    signals.get_generators.connect(get_generators)
    output_complete.connect(check_published_urls)
