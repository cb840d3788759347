"""Site settings for the portal (development / preview build).

Every setting the portal adds is listed with its default in docs/settings.md.
Pelican's own settings: https://docs.getpelican.com/en/latest/settings.html
"""

import os

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
# Time used when a source gives only a day (the file then says `Date_precision: day`).
PORTAL_DEFAULT_PUBLISH_TIME = "00:00"
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
# scheduling: an article whose Date is in the future (Vietnam time) is "scheduled". False:
# shown with a "Hẹn giờ đăng" badge (preview); True (publishconf.py): left out of the build.
SCHEDULE_HOLD = False
# "Now" for scheduling, as "YYYY-MM-DD HH:MM" (Vietnam time); None: the clock. The environment
# variable PORTAL_NOW overrides it (tests, re-running a publish as of a given time).
PORTAL_NOW = None
# git_dates: "Cập nhật lúc …" from each article file's last Git commit (False: off).
GIT_DATES_ENABLED = True

# --- URLs: stable, directory style, no date in article URLs ------------------------------
ARTICLE_URL = "bai-viet/{slug}/"
ARTICLE_SAVE_AS = "bai-viet/{slug}/index.html"
DRAFT_URL = "ban-nhap/{slug}/"
DRAFT_SAVE_AS = "ban-nhap/{slug}/index.html"
PAGE_URL = "trang/{slug}/"
PAGE_SAVE_AS = "trang/{slug}/index.html"
CATEGORY_URL = "chuyen-muc/{slug}/"
CATEGORY_SAVE_AS = "chuyen-muc/{slug}/index.html"
CATEGORIES_SAVE_AS = "chuyen-muc/index.html"
TAG_URL = "tu-khoa/{slug}/"
TAG_SAVE_AS = "tu-khoa/{slug}/index.html"
TAGS_SAVE_AS = "tu-khoa/index.html"
AUTHOR_URL = "tac-gia/{slug}/"
AUTHOR_SAVE_AS = "tac-gia/{slug}/index.html"
AUTHORS_SAVE_AS = "tac-gia/index.html"
# Date archives (luu-tru/, 2023/, 2023/05/) are written by document_archive (Vietnamese
# headings without the OS locale, undated articles listed apart, never under "1900/"):
# Pelican's own are off.
ARCHIVES_URL = "luu-tru/"
ARCHIVES_SAVE_AS = ""
YEAR_ARCHIVE_SAVE_AS = ""
MONTH_ARCHIVE_SAVE_AS = ""
DAY_ARCHIVE_SAVE_AS = ""
INDEX_SAVE_AS = "index.html"
# The search page (theme/templates/search.html, Pagefind); SEARCH_URL is what the theme links to.
DIRECT_TEMPLATES = ["index", "tags", "categories", "authors", "archives", "search", "404"]
SEARCH_URL = "tim-kiem/"
SEARCH_SAVE_AS = "tim-kiem/index.html"

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
# Defaults shown; "" turns a page kind off.
DOCUMENT_URL = "van-ban/{slug}/"
DOCUMENT_SAVE_AS = "van-ban/{slug}/index.html"
DOCUMENTS_URL = "van-ban/"
DOCUMENTS_SAVE_AS = "van-ban/index.html"
DOCUMENT_FEED_ATOM = "feeds/van-ban/{slug}.atom.xml"
DOCUMENT_RECORD_PATHS = ["van-ban"]
ARCHIVE_YEAR_URL = "{year}/"
ARCHIVE_YEAR_SAVE_AS = "{year}/index.html"
ARCHIVE_MONTH_URL = "{year}/{month:02d}/"
ARCHIVE_MONTH_SAVE_AS = "{year}/{month:02d}/index.html"
ARCHIVE_INDEX_URL = "luu-tru/"
ARCHIVE_INDEX_SAVE_AS = "luu-tru/index.html"

DEFAULT_PAGINATION = 10
# Directory pagination: "…/page/2/", so "Kết luận 1" and "Kết luận 12" never collide.
PAGINATION_PATTERNS = (
    (1, "{url}", "{save_as}"),
    (2, "{base_name}/page/{number}/", "{base_name}/page/{number}/index.html"),
)

# --- Typography ------------------------------------------------------------------------
# Typographic quotes and dashes. The portal applies typogrify itself, once per distinct
# source and in parallel workers (plugins/build_cache), so Pelican's own pass is off.
PORTAL_TYPOGRIFY = True
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
# plugins/safe_html). trim_blocks/lstrip_blocks are Pelican's defaults.
JINJA_ENVIRONMENT = {
    "trim_blocks": True,
    "lstrip_blocks": True,
    "extensions": [],
    "autoescape": True,
}

JINJA_FILTERS = {
    "vi_date": format_date_vi,
    "vi_datetime": format_datetime_vi,
    "vi_month": format_month_vi,
    "slugify_vi": slugify_vi,
}

MENUITEMS = []
DISPLAY_PAGES_ON_MENU = True
DISPLAY_CATEGORIES_ON_MENU = True

# --- Build cache and parallel build (plugins/build_cache) -------------------------------
# Folder of the build cache (rendered Markdown, extracted citations, page fingerprints);
# the environment variable PORTAL_CACHE_DIR overrides it; "" or "off" turns it off.
PORTAL_CACHE_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), ".cache", "portal")
# Articles of each category shown on the home page (theme/templates/index.html); the build
# cache re-renders the home pages when one of these changes.
HOME_CATEGORY_ARTICLES = 3
# Worker processes for rendering and writing; 0 = one per CPU this build may use.
PORTAL_BUILD_PROCESSES = 0

# Pelican's own content cache stays off: the portal's is keyed by content, not mtime.
CACHE_CONTENT = False
LOAD_CONTENT_CACHE = False
DELETE_OUTPUT_DIRECTORY = True
OUTPUT_PATH = "output"

# --- Stable URLs (plugins/url_manifest) -------------------------------------------------
# Every URL ever published is listed in content/urls.manifest (`invoke urls --update`); the
# build fails if one stops answering and no redirect covers it. Redirects: `Aliases:` in an
# article or page, or content/redirects.yaml ("old/url/: new/url/", "old/*: new/*").
URL_MANIFEST = "urls.manifest"
URL_REDIRECTS_FILE = "redirects.yaml"
URL_MANIFEST_EXCLUDE = ["theme/*", "pagefind/*", "redirects/*", ".htaccess", "anh/*"]
URL_REDIRECTS_NGINX = "redirects/nginx.conf"
URL_REDIRECTS_APACHE = ".htaccess"

# --- Safe HTML (plugins/safe_html) ------------------------------------------------------
# Article and page HTML is sanitised with nh3 after Markdown and typogrify (allowlist for a
# news article: docs/settings.md). Hosts whose video players may be embedded with
# <iframe src="https://HOST/...">, e.g. ["www.youtube-nocookie.com"]; empty: no embeds.
SAFE_HTML_EMBED_HOSTS = []
# Refuse an article or page marked internal (`Visibility: lưu hành nội bộ`, or the text says
# so) that is not a draft: path:line error, never written. True in publishconf.py.
SAFE_HTML_REFUSE_INTERNAL = False

# --- Photos (plugins/photos; every setting: docs/settings.md) ----------------------------
# An article's `Image` (a file under content/images/) is published as derivatives only:
# these widths (never wider than the original), each in WebP and JPEG, EXIF orientation
# applied and every metadata block (GPS included) left out, cached by the photo's bytes.
PHOTO_WIDTHS = [240, 360, 720, 1200]
PHOTO_JPEG_QUALITY = 78
PHOTO_WEBP_QUALITY = 72
# Originals larger than this many pixels are refused (path:line); over PHOTO_MAX_BYTES bytes
# `invoke check` warns (a camera file to shrink before committing).
PHOTO_MAX_PIXELS = 50_000_000
PHOTO_MAX_BYTES = 8 * 1024 * 1024
PHOTO_URL = "anh/"
