"""Document: a cited văn bản as a Pelican URLWrapper (DOCUMENT_URL / DOCUMENT_SAVE_AS)."""

from __future__ import annotations

from collections import Counter

from archive.identity import Identity, qualifier
from archive.merge import CitedDocument
from archive.records import DocumentRecord
from pelican.urlwrappers import URLWrapper

SYSTEM_LABELS = {"party": "Đảng", "state": "Nhà nước"}


class Document(URLWrapper):
    """One document: identity, record (if any), what citing articles state, its articles.

    Template variables (documented in the README): ``id``, ``key``, ``slug``, ``url``,
    ``save_as``, ``label``, ``type``, ``system``, ``system_label``, ``issuer``,
    ``issuer_source``, ``date``, ``term``, ``qualifier``, ``title``, ``signer``, ``status``,
    ``in_force``, ``replaces``, ``replaced_by``, ``amends``, ``amended_by``, ``attachment``,
    ``record_source``, ``description``, ``has_record``, ``articles``, ``articles_by_year``,
    ``feed_url``, ``ambiguous``, ``candidates``, ``record``, ``cited_as`` (the record's other
    names), ``mentions_of(article)`` (how that article prints it, when not by its id).
    """

    def __init__(
        self,
        identity: Identity,
        settings: dict,
        record: DocumentRecord | None,
        cited: list[CitedDocument],
        shared_id: bool,
        fallback: tuple[str, str],
    ) -> None:
        super().__init__(identity.key, settings)
        self.slug = identity.slug
        self.identity = identity
        self.record = record
        self.id = identity.id
        self.key = identity.key
        self.ambiguous = identity.ambiguous
        self.candidates: list[Document] = []  # filled by the generator
        fallback_type, fallback_system = fallback  # from the id's code
        self.type = (record and record.type) or _common(c.type for c in cited) or fallback_type
        self.system = _common(c.system for c in cited) or fallback_system
        self.system_label = SYSTEM_LABELS.get(self.system, "")
        if record and record.issuer:
            self.issuer, self.issuer_source = record.issuer, "record"
        elif identity.issuer:
            self.issuer, self.issuer_source = identity.issuer, "editor"
        else:
            self.issuer = _common(c.issuer for c in cited)
            self.issuer_source = "text" if self.issuer else None
        self.term = (record and record.term) or identity.term
        full_dates = [c.date for c in cited if c.date and len(c.date) == 10]
        self.date = (record and record.issued) or _common(full_dates) or identity.year
        self.qualifier = (
            qualifier(identity.term, identity.year, identity.issuer) if shared_id else ""
        )
        suffix = f" ({self.qualifier})" if self.qualifier else ""
        self.label = f"{self.type} số {self.id}{suffix}"
        self.has_record = record is not None
        self.title = record.title if record else None
        self.signer = record.signer if record else None
        self.status = record.status if record else None
        self.in_force = record.in_force if record else None
        self.attachment = record.attachment if record else None
        self.record_source = record.record_source if record else None
        self.description = record.description if record else ""
        self.cited_as = record.cited_as if record else ()
        self.mentions: dict[str, tuple[str, ...]] = {}  # article source path -> as printed
        # Links to other documents: Document objects, or the DocumentRef when not in the archive.
        self.replaces: list = []
        self.replaced_by: list = []
        self.amends: list = []
        self.amended_by: list = []
        self.articles: list = []
        self.articles_by_year: list = []
        feed = settings.get("DOCUMENT_FEED_ATOM")
        self.feed_url = feed.format(slug=self.slug) if feed else None

    def add_mentions(self, article, mentions) -> None:
        """Remember how ``article`` prints this document: the first three forms without its
        canonical id ("Nghị quyết Trung ương 4 khóa XII", "Chỉ thị 05", "98- QĐ/TW")."""
        key = str(getattr(article, "source_path", id(article)))
        seen = self.mentions.get(key, ())
        coded = self.id.casefold()
        new = [m for m in dict.fromkeys(mentions) if coded not in m.casefold() and m not in seen]
        self.mentions[key] = (*seen, *new)[:3]

    def mentions_of(self, article) -> tuple[str, ...]:
        """How ``article`` prints this document without its id ("Nghị quyết Trung ương 4 khóa
        XII"), in text order; empty when it prints the id."""
        return self.mentions.get(str(getattr(article, "source_path", id(article))), ())

    @property
    def name(self):
        return self.label if hasattr(self, "label") else self._name

    @name.setter
    def name(self, name):
        self._name = name

    def __repr__(self) -> str:
        return f"<Document {self.key!r} {self.slug!r}>"

    _FINGERPRINT_FIELDS = (
        "key", "slug", "url", "save_as", "label", "type", "system", "issuer",
        "issuer_source", "date", "term", "qualifier", "title", "signer", "status",
        "in_force", "attachment", "record_source", "description", "feed_url", "ambiguous",
        "cited_as",
    )  # fmt: skip

    def fingerprint_parts(self) -> tuple:
        """What pages show of this document, without its article lists (build_cache keys
        every page on it): own fields, the record, and the links to other documents."""

        def brief(other):
            if isinstance(other, Document):
                return ("document", other.key, other.url, other.label)
            return ("ref", repr(other))

        return (
            tuple(repr(getattr(self, name, None)) for name in self._FINGERPRINT_FIELDS),
            repr(self.record),
            tuple(sorted(self.mentions.items())),
            tuple(brief(d) for d in self.candidates),
            tuple(
                tuple(brief(d) for d in getattr(self, key))
                for key in ("replaces", "replaced_by", "amends", "amended_by")
            ),
        )


def _common(values):
    counts = Counter(v for v in values if v)
    return counts.most_common(1)[0][0] if counts else None
