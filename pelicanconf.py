"""Site settings for the portal (development / preview build).

Every setting the portal's plugins add has a frozen default in the plugin's settings.py,
validated at start-up and listed in docs/settings.md: this file sets only what differs
from those defaults (comments name the defaults that matter).
Pelican's own settings: https://docs.getpelican.com/en/latest/settings.html
"""

import os
from operator import methodcaller

from portal_content.ordering import NewestFirst
from vntext import format_date_vi, format_datetime_vi, format_month_vi, slugify_vi

SITENAME = "Cổng thông tin Đảng ủy Khối"
SITESUBTITLE = "Đảng bộ Khối các cơ quan tỉnh"
SITEURL = ""
# AUTHOR is deliberately not set: Pelican would credit every article without a byline to
# it. Articles say "Author: unknown" and the theme shows "Không rõ tác giả".

PATH = "content"
THEME = "theme"
TIMEZONE = "Asia/Ho_Chi_Minh"
DEFAULT_LANG = "vi"
# One language: no article is another's translation. Pelican's default ("slug") groups
# articles by slug with a scan that grows with the square of the archive; two sources at
# one address are refused by the checker (VN040) and by the writer instead.
ARTICLE_TRANSLATION_ID = None
PAGE_TRANSLATION_ID = None
# Newest first, articles of one date by slug: the same order in every build.
ARTICLE_ORDER_BY = NewestFirst
# Dates are formatted with Babel (vntext) in templates, never with the OS locale.
LOCALE = ("C",)
DEFAULT_DATE_FORMAT = "%d/%m/%Y"

ARTICLE_PATHS = [""]
ARTICLE_EXCLUDES = ["pages", "van-ban", "files", "images", "extra"]
PAGE_PATHS = ["pages"]
STATIC_PATHS = ["images", "files"]
# theme/templates/robots.txt is rendered so its Sitemap line has the site's absolute address.
TEMPLATE_PAGES = {"robots.txt": "robots.txt"}
READERS = {
    "html": None,
    "rst": None,
}  # reports are Markdown; saved HTML goes through `invoke import`

# --- Portal core (plugins/portal_core) --------------------------------------------------
# Categories an article may use (the checker reports anything else). Slug is derived.
PORTAL_CATEGORIES = [
    "Xây dựng Đảng",
    "Tin hoạt động",
    "Công tác tổ chức",
    "Kiểm tra - Giám sát",
    "Tuyên giáo - Dân vận",
    "Văn bản - Chỉ đạo",
]

PLUGINS = [
    "build_cache",
    "portal_core",
    "safe_html",
    "search_index",
    "portal_seo",
    "document_archive",
    "git_dates",
    "url_manifest",
    "scheduling",
    "photos",
]
# scheduling: an article whose Date is in the future (Vietnam time) is "scheduled", shown
# with a "Hẹn giờ đăng" badge (SCHEDULE_HOLD = False, the default; publishconf.py holds it
# back). "Now" is the clock (PORTAL_NOW = None) unless the environment variable PORTAL_NOW says.
# git_dates: "Cập nhật lúc …" from each article file's last Git commit (GIT_DATES_ENABLED).

# --- URLs: stable, directory style, no date in article URLs ------------------------------
ARTICLE_URL = "bai-viet/{slug}/"
ARTICLE_SAVE_AS = "bai-viet/{slug}/index.html"
DRAFT_URL = "ban-nhap/{slug}/"
DRAFT_SAVE_AS = "ban-nhap/{slug}/index.html"
PAGE_URL = "trang/{slug}/"
PAGE_SAVE_AS = "trang/{slug}/index.html"
CATEGORY_URL = "chuyen-muc/{slug}/"
CATEGORY_SAVE_AS = "chuyen-muc/{slug}/index.html"
CATEGORIES_URL = "chuyen-muc/"
CATEGORIES_SAVE_AS = "chuyen-muc/index.html"
TAG_URL = "tu-khoa/{slug}/"
TAG_SAVE_AS = "tu-khoa/{slug}/index.html"
TAGS_URL = "tu-khoa/"
TAGS_SAVE_AS = "tu-khoa/index.html"
AUTHOR_URL = "tac-gia/{slug}/"
AUTHOR_SAVE_AS = "tac-gia/{slug}/index.html"
AUTHORS_URL = "tac-gia/"
AUTHORS_SAVE_AS = "tac-gia/index.html"
# Date archives (luu-tru/, 2023/, 2023/05/) are written by document_archive (Vietnamese
# headings without the OS locale, undated articles listed apart, never under "1900/"):
# Pelican's own are off (the archive index is ARCHIVE_INDEX_URL, luu-tru/).
ARCHIVES_SAVE_AS = ""
YEAR_ARCHIVE_SAVE_AS = ""
MONTH_ARCHIVE_SAVE_AS = ""
DAY_ARCHIVE_SAVE_AS = ""
INDEX_SAVE_AS = "index.html"
# The search page (theme/templates/search.html, Pagefind): SEARCH_URL "tim-kiem/" and
# SEARCH_SAVE_AS are search_index's defaults.
DIRECT_TEMPLATES = ["index", "tags", "categories", "authors", "archives", "search", "404"]

# Slugs for categories, tags and authors the Vietnamese way ("Đảng ủy" -> "dang-uy").
# Pelican slugifies taxonomy names itself (Unidecode, like python-slugify in vntext); these
# substitutions make its result equal vntext.slugify_vi (tested in tests/integration).
SLUGIFY_SOURCE = "title"
SLUG_REGEX_SUBSTITUTIONS = [
    (r"[/\\_.]+", " "),
    (r"[^\w\s-]", ""),
    (r"(?u)\A\s*", ""),
    (r"(?u)\s*\Z", ""),
    (r"[-\s]+", "-"),
]

# --- Document archive (plugins/document_archive; every setting: docs/settings.md) --------
# Its defaults are the portal's: documents at van-ban/{slug}/ (index van-ban/, feeds
# feeds/van-ban/{slug}.atom.xml, records in content/van-ban/), date archives at {year}/ and
# {year}/{month:02d}/, the archive index at luu-tru/; "" turns a page kind off.

DEFAULT_PAGINATION = 10
# Directory pagination: "…/page/2/", so "Kết luận 1" and "Kết luận 12" never collide.
PAGINATION_PATTERNS = (
    (1, "{url}", "{save_as}"),
    (2, "{base_name}/page/{number}/", "{base_name}/page/{number}/index.html"),
)

# --- Typography ------------------------------------------------------------------------
# Typographic quotes and dashes. The portal applies typogrify itself, once per distinct
# source and in parallel workers (plugins/build_cache), so Pelican's own pass is off.
TYPOGRIFY = False
# caps: ASCII-only, breaks Vietnamese words; widont: puts &nbsp; into titles and feeds.
TYPOGRIFY_OMIT_FILTERS = ["caps", "widont"]

MARKDOWN = {
    "extension_configs": {
        "markdown.extensions.extra": {},
        "markdown.extensions.toc": {},
        "markdown.extensions.sane_lists": {},
    },
    "output_format": "html5",
}

# --- Feeds (Atom), linked from <head> --------------------------------------------------
FEED_DOMAIN = SITEURL
FEED_ALL_ATOM = "feeds/all.atom.xml"
CATEGORY_FEED_ATOM = "feeds/chuyen-muc/{slug}.atom.xml"
AUTHOR_FEED_ATOM = "feeds/tac-gia/{slug}.atom.xml"
AUTHOR_FEED_RSS = None
TAG_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
FEED_MAX_ITEMS = 20
RSS_FEED_SUMMARY_ONLY = True

# Autoescaping for the whole theme: every value is text unless a template marks it `|safe`,
# which only sanitised HTML is (article/page content and summary, document descriptions;
# plugins/safe_html). trim_blocks/lstrip_blocks are Pelican's defaults. Templates do not
# change during a build (each build makes a new environment), so Jinja need not stat the
# template file again on every {% include %} (auto_reload).
JINJA_ENVIRONMENT = {
    "trim_blocks": True,
    "lstrip_blocks": True,
    "extensions": [],
    "autoescape": True,
    "auto_reload": False,
}

# `x|isoformat` is `x.isoformat()` without the checks Jinja makes on every method call in a
# template (a few microseconds each; a page shows several dates).
JINJA_FILTERS = {
    "isoformat": methodcaller("isoformat"),
    "vi_date": format_date_vi,
    "vi_datetime": format_datetime_vi,
    "vi_month": format_month_vi,
    "slugify_vi": slugify_vi,
}

MENUITEMS = []
DISPLAY_PAGES_ON_MENU = True
DISPLAY_CATEGORIES_ON_MENU = True

# --- Build cache and parallel build (plugins/build_cache) -------------------------------
# Folder of the build cache (rendered Markdown, extracted citations, page fingerprints):
# .cache/portal in the project, wherever the build runs from (the default is relative to
# the working folder); the environment variable PORTAL_CACHE_DIR overrides it. Defaults
# kept: HOME_CATEGORY_ARTICLES = 3, PORTAL_BUILD_PROCESSES = 0 (one per CPU),
# PORTAL_TYPOGRIFY = True, PORTAL_PER_OBJECT_TEMPLATES (docs/settings.md).
PORTAL_CACHE_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), ".cache", "portal")

# Pelican's own content cache stays off: the portal's is keyed by content, not mtime.
CACHE_CONTENT = False
LOAD_CONTENT_CACHE = False
DELETE_OUTPUT_DIRECTORY = True
OUTPUT_PATH = "output"

# --- Stable URLs (plugins/url_manifest) -------------------------------------------------
# Every URL ever published is listed in content/urls.manifest (`invoke urls --update`); the
# build fails if one stops answering and no redirect covers it. Redirects: `Aliases:` in an
# article or page, or content/redirects.yaml ("old/url/: new/url/", "old/*: new/*").
# Defaults: URL_MANIFEST "urls.manifest", URL_REDIRECTS_FILE "redirects.yaml", server maps
# redirects/nginx.conf and .htaccess. Photo copies (anh/) are not URLs anyone links to.
URL_MANIFEST_EXCLUDE = ["theme/*", "pagefind/*", "redirects/*", ".htaccess", "anh/*"]

# --- Safe HTML (plugins/safe_html) ------------------------------------------------------
# Article and page HTML is sanitised with nh3 after Markdown and typogrify (allowlist for a
# news article: docs/settings.md). SAFE_HTML_EMBED_HOSTS: hosts whose video players may be
# embedded with <iframe src="https://HOST/...">, e.g. ["www.youtube-nocookie.com"]; the
# default [] allows no embeds. publishconf.py refuses internal content
# (SAFE_HTML_REFUSE_INTERNAL).

# --- Photos (plugins/photos; every setting: docs/settings.md) ----------------------------
# An article's `Image` (a file under content/images/) is published as derivatives only: the
# default widths 240, 360, 720 and 1200 px (never wider than the original), each in WebP and
# JPEG, EXIF orientation applied and every metadata block (GPS included) left out, cached by
# the photo's bytes, under anh/. Originals over 50 million pixels are refused; over 8 MiB
# `invoke check` warns.
