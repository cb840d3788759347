"""The archive generator: documents, date and author archives for one Pelican run.

All state lives on the generator instance (one per run), never at module level.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
from collections.abc import Iterable

from archive import archives, citing, listing
from archive.errors import ArchiveCountError
from archive.identity import Claim, identify
from archive.merge import CitedDocument, merge_article
from archive.overrides import DocumentRef, parse_overrides
from archive.records import LINK_KEYS, DocumentRecord, parse_record
from build_cache.fingerprint import digest
from build_cache.pool import fork_map
from build_cache.session import SESSION_KEY
from pelican.contents import Page
from pelican.generators import Generator
from portal_content.source import decode_source
from portal_files.header import parse_header, split_header
from portal_files.soft_breaks import soft_breaks_as_spaces

from document_archive.model import Document
from document_archive.settings import apply_archive_settings

logger = logging.getLogger(__name__)

# Context variables this generator adds (documented in the README).
CONTEXT_KEYS = (
    "documents",
    "documents_by_system",
    "archive_years",
    "archive_months",
    "archive_undated",
    "authors_vi",
    "unknown_author_articles",
    "archive_report",
)


def date_of(article):
    """The article's date, or None when the source gives none (``UNKNOWN_DATE`` is false)."""
    return article.date or None


class DocumentArchiveGenerator(Generator):
    """Reads document records, attaches documents to articles, writes the archive pages."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.archive = apply_archive_settings(self.settings)
        self.url_settings = {**self.settings, **self.archive}
        self.records: list[DocumentRecord] = []
        self.register = citing.Register({})
        self.documents: list[Document] = []
        self.years: list[archives.Period] = []
        self.months: list[archives.Period] = []
        self.undated: list = []
        self.report: archives.ArchiveReport | None = None
        self.document_types: list[tuple[str, list[listing.DocumentType]]] = []
        self.documents_by_date: list[Document] = []
        self.pages: dict[str, listing.Address] = {}

    # --- context ---------------------------------------------------------------------
    def generate_context(self):
        articles = list(self.context.get("articles", []))
        self.records = self._read_records()
        self.register = citing.Register.from_records(self.records)
        for warning in self.register.warnings:
            logger.warning("%s", warning)
        extracted = self._extract_all(articles)
        cited = {id(a): self._article_documents(a, extracted[id(a)]) for a in articles}
        self.documents = self._build_documents(articles, cited)
        self._link_records()
        related = archives.related_all(
            articles,
            documents_of=lambda a: getattr(a, "documents", ()),
            topics_of=_topics,
            date_of=date_of,
            limit=self.archive["ARCHIVE_RELATED_COUNT"],
        )
        for article in articles:
            article.related_articles = related[id(article)]
        _link_neighbours(articles)
        _detach_unpublished(self.context)
        years, months = archives.periods(articles, date_of)
        self.years = [self._with_address(p, "ARCHIVE_YEAR") for p in years]
        self.months = [self._with_address(p, "ARCHIVE_MONTH") for p in months]
        self.pages = {
            name: listing.Address(self.archive[f"{prefix}_URL"], self.archive[f"{prefix}_SAVE_AS"])
            for name, prefix in _SINGLE_PAGES.items()
        }
        self.document_types = listing.document_types(
            self.documents,
            self.archive["DOCUMENTS_TYPE_URL"],
            self.archive["DOCUMENTS_TYPE_SAVE_AS"],
        )
        self.documents_by_date = listing.by_date_of_issue(self.documents)
        self.undated = archives.undated(articles, date_of)
        authors = [(a, list(arts)) for a, arts in self.context.get("authors", [])]
        authors_vi = archives.sort_people(authors, lambda pair: pair[0].name)
        unknown_author = [a for a in articles if not getattr(a, "authors", None)]
        self.report = self._count(articles, authors_vi, unknown_author)
        self.context.update(
            {
                "documents": self.documents,
                "documents_by_system": _by_system_and_type(self.documents),
                "archive_years": self.years,
                "archive_months": self.months,
                "archive_undated": self.undated,
                "authors_vi": authors_vi,
                "unknown_author_articles": unknown_author,
                "archive_report": self.report,
            }
        )
        for key, value in self.archive.items():
            self.context.setdefault(key, value)

    def _with_address(self, period: archives.Period, prefix: str) -> archives.Period:
        """``period`` with its ``url`` and ``save_as`` ("" when that kind of page is off)."""
        fields = {"year": period.year, "month": period.month or 0}
        return dataclasses.replace(
            period,
            url=self.archive[f"{prefix}_URL"].format(**fields),
            save_as=self.archive[f"{prefix}_SAVE_AS"].format(**fields),
        )

    def _read_records(self) -> list[DocumentRecord]:
        paths = list(self.archive["DOCUMENT_RECORD_PATHS"])
        if not paths:
            return []
        records = []
        extensions = ("md", "markdown", "mkd", "mdown")
        for relpath in sorted(self.get_files(paths, extensions=extensions)):
            full = os.path.join(self.path, relpath)
            with open(full, "rb") as handle:
                text = decode_source(full, handle.read())
            page = self.readers.read_file(
                base_path=self.path, path=relpath, content_class=Page, context=self.context
            )
            default_slug = os.path.splitext(os.path.basename(relpath))[0]
            records.append(
                parse_record(
                    full,
                    text,
                    page.metadata,
                    page.content,
                    citing.canonical,
                    default_slug=default_slug,
                )
            )
        return records

    def _extract_all(self, articles) -> dict[int, list[CitedDocument]]:
        """Citations found in each article's text: cached by the file's bytes, the date and
        the register (plugins/build_cache), the missing ones extracted in forked workers."""
        if not self.archive["DOCUMENT_EXTRACT"]:
            return {id(a): [] for a in articles}
        session = self.settings.get(SESSION_KEY)
        register_key = digest(repr(self.records))

        def key_of(article) -> str:
            source = getattr(article, "portal_source_key", None) or article.source_path
            return digest(register_key, source, repr(date_of(article)))

        keys = {id(a): key_of(a) for a in articles}
        code = (
            "archive",
            "citations",
            "document_archive",
            "portal_content",
            "portal_files",
            "vntext",
        )
        store = session.store("citations", code) if session is not None else None
        found = store.get_many(keys.values()) if store is not None else {}
        missing = [a for a in articles if keys[id(a)] not in found]

        def extract(article) -> list[CitedDocument]:
            path = article.source_path
            with open(path, "rb") as handle:
                text = decode_source(path, handle.read())
            return citing.extract(_citable_text(text), date_of(article), self.register)

        processes = session.processes if session is not None else 1
        for article, result in zip(missing, fork_map(extract, missing, processes), strict=True):
            found[keys[id(article)]] = result
            if store is not None:
                store.put(keys[id(article)], result)
        return {id(a): found[keys[id(a)]] for a in articles}

    def _article_documents(self, article, extracted) -> list[CitedDocument]:
        path = article.source_path

        def line_of(key: str):
            if key.lower() not in article.metadata:
                return None  # nothing to report on: the file is not read again
            with open(path, "rb") as handle:
                return parse_header(decode_source(path, handle.read())).line(key)

        overrides = parse_overrides(
            article.metadata,
            citing.canonical,
            path=path,
            line_of=line_of,
        )
        result = merge_article(extracted, overrides, citing.type_of)
        for message in result.unused:
            logger.warning("%s: %s (bỏ dòng này nếu không còn cần)", path, message)
        return list(result.documents)

    def _build_documents(self, articles, cited) -> list[Document]:
        claims: list[Claim] = []
        for record in self.records:
            term, year, _ = citing.facts(record.id, record.term, record.issued, None)
            claims.append(Claim(record.id, term, year, None, record.slug, record.path, record.line))
        owners: list[tuple[object, CitedDocument]] = []
        for article in articles:
            for doc in cited[id(article)]:
                term, year, issuer = citing.facts(doc.id, doc.term, doc.date, doc.editor_issuer)
                claims.append(Claim(doc.id, term, year, issuer))
                owners.append((article, doc))
        found = identify(claims, citing.key_of)
        n_records = len(self.records)
        ids_count: dict[str, int] = {}
        for ident in found.identities:
            if not ident.ambiguous:
                ids_count[ident.id] = ids_count.get(ident.id, 0) + 1
        per_identity: list[list[CitedDocument]] = [[] for _ in found.identities]
        record_of: dict[int, DocumentRecord] = {}
        for index, record in enumerate(self.records):
            record_of[found.of_claim[index]] = record
        for (_article, doc), which in zip(owners, found.of_claim[n_records:], strict=True):
            per_identity[which].append(doc)
        documents = [
            Document(
                ident,
                self.url_settings,
                record_of.get(index),
                per_identity[index],
                ids_count.get(ident.id, 0) > 1,
                citing.type_of(ident.id, None),
            )
            for index, ident in enumerate(found.identities)
        ]
        by_key = {d.key: d for d in documents}
        for doc in documents:
            doc.candidates = [by_key[k] for k in doc.identity.candidates if k in by_key]
        article_docs: dict[int, dict[int, Document]] = {id(a): {} for a in articles}
        listed: set[tuple[int, int]] = set()
        for (article, doc), which in zip(owners, found.of_claim[n_records:], strict=True):
            target = documents[which]
            target.add_mentions(article, doc.mentions)
            article_docs[id(article)].setdefault(which, target)
            if (which, id(article)) not in listed:
                listed.add((which, id(article)))
                target.articles.append(article)
        for article in articles:
            article.documents = list(article_docs[id(article)].values())
        for doc in documents:
            doc.articles = archives.newest_first(doc.articles, date_of)
            doc.articles_by_year = archives.by_year(doc.articles, date_of, ordered=True)
        return sorted(documents, key=_document_order)

    def _link_records(self) -> None:
        by_id: dict[str, list[Document]] = {}
        for doc in self.documents:
            if not doc.ambiguous:
                by_id.setdefault(doc.id, []).append(doc)

        def find(ref: DocumentRef):
            same = by_id.get(ref.id, [])
            if ref.term:
                same = [d for d in same if d.term == ref.term]
            if ref.year:
                same = [d for d in same if d.date and d.date[:4] == ref.year]
            return same[0] if len(same) == 1 else ref

        for doc in self.documents:
            if doc.record is None:
                continue
            for key in LINK_KEYS:
                setattr(doc, key, [find(ref) for ref in getattr(doc.record, key)])

    def _count(self, articles, authors_vi, unknown_author) -> archives.ArchiveReport:
        def name(article) -> str:
            return article.source_path

        by_date = [a for p in self.years for a in p.articles] + list(self.undated)
        by_author = [a for _, arts in authors_vi for a in arts] + list(unknown_author)
        citing_articles = [a for d in self.documents for a in d.articles]
        no_documents = [a for a in articles if not a.documents]
        report = archives.ArchiveReport(
            len(articles),
            (
                archives.count_kind("date", articles, by_date, (), name),
                archives.count_kind("author", articles, by_author, (), name),
                archives.count_kind("document", articles, citing_articles, no_documents, name),
            ),
        )
        logger.info("Lưu trữ: %s", json.dumps(report.as_dict(), ensure_ascii=False))
        if not report.adds_up:
            raise ArchiveCountError(
                "Có bài viết không nằm trong lưu trữ (đây là lỗi của plugin, không phải của "
                f"nội dung): {json.dumps(report.as_dict(), ensure_ascii=False)}"
            )
        return report

    # --- output: one method per page kind ----------------------------------------------
    def generate_output(self, writer):
        """Write every page kind whose SAVE_AS is set ("" turns a kind off)."""
        for write in (
            self._write_documents,
            self._write_document_feeds,
            self._write_documents_index,
            self._write_document_types,
            self._write_documents_by_date,
            self._write_periods,
            self._write_undated,
            self._write_unknown_author,
            self._write_archive_index,
            self._write_report,
        ):
            write(writer)

    def _write_documents(self, writer) -> None:
        """One page per document (DOCUMENT_SAVE_AS), its citing articles paginated."""
        if not self.archive["DOCUMENT_SAVE_AS"]:
            return
        for doc in self.documents:
            self._write(
                writer, "document", doc, doc.articles, document=doc, page_name=doc.page_name
            )

    def _write_document_feeds(self, writer) -> None:
        """One Atom feed per document cited by at least one article (DOCUMENT_FEED_ATOM)."""
        if not self.archive["DOCUMENT_FEED_ATOM"]:
            return
        for doc in self.documents:
            if doc.articles:
                writer.write_feed(doc.articles, self.context, doc.feed_url, feed_title=doc.label)

    def _write_documents_index(self, writer) -> None:
        """The documents index (DOCUMENTS_SAVE_AS): each type's most cited documents."""
        if not self.archive["DOCUMENTS_SAVE_AS"]:
            return
        self._write(
            writer,
            "documents",
            self.pages["documents"],
            None,
            documents_view="index",
            **self._documents_vars(),
        )

    def _write_document_types(self, writer) -> None:
        """All documents of one type (DOCUMENTS_TYPE_SAVE_AS), paginated."""
        if not (self.archive["DOCUMENTS_SAVE_AS"] and self.archive["DOCUMENTS_TYPE_SAVE_AS"]):
            return
        for _system, kinds in self.document_types:
            for kind in kinds:
                self._write(
                    writer,
                    "documents",
                    kind,
                    kind.documents,
                    documents_view="type",
                    document_type=kind,
                    **self._documents_vars(),
                )

    def _write_documents_by_date(self, writer) -> None:
        """All documents by date of issue (DOCUMENTS_BY_DATE_SAVE_AS), paginated."""
        if not (self.archive["DOCUMENTS_SAVE_AS"] and self.archive["DOCUMENTS_BY_DATE_SAVE_AS"]):
            return
        page = self.pages["documents_by_date"]
        self._write(
            writer,
            "documents",
            page,
            self.documents_by_date,
            documents_view="date",
            **self._documents_vars(),
        )

    def _documents_vars(self) -> dict:
        """What every page of the documents template shows besides its own list."""
        type_pages = bool(self.archive["DOCUMENTS_TYPE_SAVE_AS"])
        return {
            "document_types": self.document_types,
            "documents_type_pages": type_pages,
            "documents_index_rows": self.archive["DOCUMENTS_INDEX_ROWS"] if type_pages else None,
            "documents_by_date": self.documents_by_date,
        }

    def _write_periods(self, writer) -> None:
        """One page per year and per month with articles (ARCHIVE_YEAR/MONTH_SAVE_AS)."""
        for period in (*self.years, *self.months):
            if period.save_as:
                number = (period.year, period.month) if period.month else (period.year,)
                self._write(
                    writer,
                    "period_archives",
                    period,
                    list(period.articles),
                    period=period,
                    period_num=number,
                )

    def _write_undated(self, writer) -> None:
        """The articles whose source gives no date (ARCHIVE_UNDATED_SAVE_AS)."""
        page = self.pages["archive_undated"]
        if page.save_as and self.undated:
            self._write(writer, "period_archives", page, self.undated, period=None, undated=True)

    def _write_unknown_author(self, writer) -> None:
        """The articles without a known author (ARCHIVE_UNKNOWN_AUTHOR_SAVE_AS), an author
        page paginated like the others."""
        page = self.pages["unknown_author"]
        articles = self.context["unknown_author_articles"]
        if page.save_as and articles:
            self._write(writer, "author", page, articles, author=None, unknown_author=True)

    def _write_archive_index(self, writer) -> None:
        """The archive index (ARCHIVE_INDEX_SAVE_AS): years, months, undated, authors."""
        page = self.pages["archive_index"]
        if page.save_as:
            self._write(writer, "archives", page, None)

    def _write_report(self, writer) -> None:
        """The archive counts as JSON (ARCHIVE_REPORT_SAVE_AS, tests)."""
        if not self.archive["ARCHIVE_REPORT_SAVE_AS"]:
            return
        target = os.path.join(self.output_path, self.archive["ARCHIVE_REPORT_SAVE_AS"])
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "w", encoding="utf-8") as handle:
            json.dump(self.report.as_dict(), handle, ensure_ascii=False, indent=1)

    def _write(self, writer, template_name, page, items, **kwargs) -> None:
        """Write ``page`` (anything with ``url`` and ``save_as``) with ``template_name``.

        With ``items`` (a list), Pelican's writer paginates them as ``articles`` by the
        template's PAGINATED_TEMPLATES entry and PAGINATION_PATTERNS; without, one page.
        """
        if items is not None:
            kwargs["articles"] = items
        kwargs.setdefault("page_name", os.path.splitext(page.save_as)[0])
        writer.write_file(
            page.save_as,
            self.get_template(template_name),
            self.context,
            relative_urls=self.settings["RELATIVE_URLS"],
            paginated={"articles": items} if items is not None else {},
            template_name=template_name,
            url=page.url,
            **kwargs,
        )


# The pages that exist once per site, by the settings prefix of their URL and SAVE_AS.
_SINGLE_PAGES = {
    "documents": "DOCUMENTS",
    "documents_by_date": "DOCUMENTS_BY_DATE",
    "archive_undated": "ARCHIVE_UNDATED",
    "unknown_author": "ARCHIVE_UNKNOWN_AUTHOR",
    "archive_index": "ARCHIVE_INDEX",
}


def _detach_unpublished(context) -> None:
    """Drafts and hidden articles are in no archive: no documents, related or neighbours
    (otherwise ``documents`` would stay the raw ``Documents:`` text of the file)."""
    for name in ("drafts", "hidden_articles"):
        for article in context.get(name, []):
            article.documents = []
            article.related_articles = []
            article.newer = article.older = None


def _link_neighbours(articles) -> None:
    """Give each published article ``newer``/``older``: its neighbours in the site's list
    (newest first, as Pelican sorts ``articles``)."""
    for index, article in enumerate(articles):
        article.newer = articles[index - 1] if index > 0 else None
        article.older = articles[index + 1] if index + 1 < len(articles) else None


def _topics(article) -> Iterable:
    category = getattr(article, "category", None)
    tags = getattr(article, "tags", None) or []
    return ([("category", category.slug)] if category else []) + [("tag", t.slug) for t in tags]


_CITABLE_KEYS = ("title", "headline", "summary")


def _citable_text(source_text: str) -> str:
    """Title, headline, summary (as written in the file) and the Markdown body, its
    paragraphs read as Markdown reads them (a line break inside one is a space).

    Those are where a report names documents; ``Documents*`` keys are never read as text.
    """
    header, body = split_header(source_text)
    parts = [item.value for item in header.fields if item.key in _CITABLE_KEYS]
    parts.append(soft_breaks_as_spaces(body))  # a paragraph wrapped over lines reads as one
    return "\n\n".join(p for p in parts if p)


def _document_order(doc: Document):
    from vntext import collation_key

    return (doc.system != "party", collation_key(doc.type), _number_key(doc.id), doc.key)


def _number_key(doc_id: str):
    digits = ""
    for ch in doc_id:
        if not ch.isdigit():
            break
        digits += ch
    return (int(digits) if digits else 0, doc_id)


def _by_system_and_type(documents: list[Document]):
    """[(system_label, [(type, [documents])])]: Đảng first, types in Vietnamese order."""
    out: dict[str, dict[str, list[Document]]] = {}
    for doc in documents:
        out.setdefault(doc.system_label or "Khác", {}).setdefault(doc.type, []).append(doc)
    return [(system, list(types.items())) for system, types in out.items()]
