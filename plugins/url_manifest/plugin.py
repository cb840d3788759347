"""Pelican glue: redirect pages and maps for old URLs, and the published-URL check."""

from __future__ import annotations

import logging
from pathlib import Path

import yaml
from build_cache.signals import output_complete
from pelican import signals
from pelican.generators import Generator
from portal_content.metadata import ARTICLE_COLLECTIONS, PAGE_COLLECTIONS
from portal_files.header import key_line
from settings_spec import apply
from stable_urls.manifest import (
    Redirect,
    RedirectError,
    UrlsWithdrawnError,
    alias_redirects,
    check_redirects,
    expand_redirects,
    parse_redirects_file,
    read_manifest,
    redirect_page,
    served_urls,
    url_problem,
    withdrawn,
)
from stable_urls.server_maps import apache_map, nginx_http_map, nginx_map

from url_manifest.settings import DEFAULTS, SPEC

logger = logging.getLogger(__name__)


def check_settings(pelican) -> None:
    """Validate the plugin's settings at start-up and add the defaults the site does not set."""
    apply(SPEC, pelican.settings)


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
        aliases = doc.metadata.get("aliases")
        if not aliases:
            continue  # most documents: their file is not opened again
        origin = f"{doc.source_path}:{_key_line(doc.source_path, 'aliases')}"
        redirects += alias_redirects(aliases, doc.url, origin)
    path = _content_file(settings, "URL_REDIRECTS_FILE")
    if path and path.exists():
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (yaml.YAMLError, UnicodeDecodeError) as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f"{path}:{mark.line + 1}" if mark else str(path)
            raise RedirectError(
                f"{where}: không đọc được tệp chuyển hướng (YAML): "
                f"{getattr(exc, 'problem', None) or exc}; mỗi dòng dạng 'cu/dia-chi/: moi/dia-chi/'"
            ) from None
        redirects += parse_redirects_file(data, str(path))
    expanded = expand_redirects(redirects, _manifest(settings))
    for rule in expanded:  # old URLs were checked when parsed (stable_urls.old_url)
        problem = url_problem(rule.new.rstrip("*"))
        if problem:
            raise RedirectError(f"{_with_line(rule.origin, rule.new)}: {problem}")
    return expanded


def _key_line(path: str, key: str) -> int:
    """1-based line of metadata ``key`` in a content file's header (1 if not found)."""
    return key_line(path, key) or 1


def _with_line(origin: str, url: str) -> str:
    """``origin`` with the line of ``url`` when origin is a file without a line (redirects.yaml)."""
    if not origin or origin.rsplit(":", 1)[-1].isdigit():
        return origin
    try:
        with open(origin, encoding="utf-8", errors="replace") as handle:
            for number, line in enumerate(handle, start=1):
                if url.strip("/*") and url.strip("/*") in line:
                    return f"{origin}:{number}"
    except OSError:
        pass
    return origin


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
        real = {doc.url for doc in documents if getattr(doc, "url", None)}
        check_redirects(redirects, real)
        output = Path(self.output_path)
        self._write_server_configs(output, redirects)
        if not redirects:
            return
        site_url = self.settings.get("SITEURL", "")
        for rule in redirects:
            if rule.query or url_problem(rule.old) or "." in rule.old.rsplit("/", 1)[-1]:
                # a query string, a file URL (feed, PDF), a path with spaces or letters
                # outside ASCII: only the server maps redirect it exactly
                continue
            target = output / rule.old / "index.html"
            if target.exists():
                raise RedirectError(f"{rule.origin}: /{rule.old} đã có trang, không ghi đè")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(redirect_page(rule.new, site_url), encoding="utf-8")
        logger.info("url_manifest: %d chuyển hướng", len(redirects))

    def _write_server_configs(self, output: Path, redirects: list[Redirect]) -> None:
        """nginx and Apache configs: the security headers (safe_html), then the redirects."""
        from safe_html.headers import apache_headers, nginx_headers

        hosts = self.settings.get("SAFE_HTML_EMBED_HOSTS") or ()
        site_url = self.settings.get("SITEURL", "")
        files = {
            "URL_REDIRECTS_NGINX": nginx_map(redirects, site_url, nginx_headers(hosts)),
            "URL_REDIRECTS_APACHE": apache_map(redirects, site_url, apache_headers(hosts)),
        }
        if setting(self.settings, "URL_REDIRECTS_NGINX"):
            files["URL_REDIRECTS_NGINX_HTTP"] = nginx_http_map(redirects, site_url)
        for name, text in files.items():
            relative = setting(self.settings, name)
            if relative:
                path = output / relative
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(text, encoding="utf-8")


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


_DOCUMENT_LISTS = ARTICLE_COLLECTIONS + PAGE_COLLECTIONS


def refuse_duplicate_urls(generators) -> None:
    """Two articles or pages written to one file: path:line of the second, before any write
    (Pelican itself would stop half-way with FileOverwriteFailedError)."""
    from portal_content.errors import ContentError

    seen: dict[str, object] = {}
    for generator in generators:
        for name in _DOCUMENT_LISTS:
            for doc in getattr(generator, name, None) or ():
                save_as = getattr(doc, "save_as", "")
                if not save_as:
                    continue
                first = seen.setdefault(save_as, doc)
                if first is not doc and first.source_path != doc.source_path:
                    raise ContentError(
                        doc.source_path,
                        _key_line(doc.source_path, "slug"),
                        f"địa chỉ /{doc.url} trùng với bài {first.source_path}; hãy đổi `Slug` "
                        "của một trong hai bài (`invoke check` báo lỗi VN040)",
                    )


def register():
    signals.initialized.connect(check_settings)
    signals.all_generators_finalized.connect(refuse_duplicate_urls)
    signals.get_generators.connect(get_generators)
    output_complete.connect(check_published_urls)
