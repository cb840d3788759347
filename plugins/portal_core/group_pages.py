"""Tag, category and author pages written as Pelican writes them, without its scan of the
whole site per group (Pelican glue).

Pelican's ``generate_tags``, ``generate_categories`` and ``generate_authors`` give each
group's page ``dates = [a for a in self.dates if a in articles]``: every article of the site,
for every group. At 10,000 articles and 1,300 groups that is 13 million membership tests
(0.4 s of every build's serial time), and it grows with tags times articles. These
replacements make the same calls to the writer, in the same order, with the same values;
``dates`` comes from the group's own articles (``members_in_order``).
"""

from __future__ import annotations

import functools
import logging

from pelican.writers import FileOverwriteFailedError
from portal_content.membership import members_in_order

logger = logging.getLogger(__name__)

#: Pelican's method -> (the generator's groups, the template and its variable, log label).
GROUP_PAGES = {
    "generate_tags": ("tags", "tag", "Tag"),
    "generate_categories": ("categories", "category", "Category"),
    "generate_authors": ("authors", "author", "Author"),
}


def write_group_pages_in_linear_time(generator) -> None:
    """Receiver of ``article_generator_finalized``: the generator's tag, category and author
    pages are written by ``write_group_pages`` instead of Pelican's methods."""
    for method, (groups, name, label) in GROUP_PAGES.items():
        writer = functools.partial(write_group_pages, generator, groups, name, label)
        setattr(generator, method, writer)


def write_group_pages(generator, groups: str, name: str, label: str, write) -> None:
    """Pelican's ``generate_tags`` (``groups`` "tags", ``name`` "tag"), ``generate_categories``
    or ``generate_authors``, with the same writer calls."""
    template = generator.get_template(name)
    found = getattr(generator, groups)
    pairs = found.items() if isinstance(found, dict) else found
    order = {id(article): position for position, article in enumerate(generator.dates)}
    for group, articles in pairs:
        # The keyword order is Pelican's: the tag first, then its URL; the others after.
        if name == "tag":
            first = {name: group, "url": group.url}
        else:
            first = {"url": group.url, name: group}
        try:
            write(
                group.save_as,
                template,
                generator.context,
                **first,
                articles=articles,
                dates=members_in_order(articles, order),
                template_name=name,
                blog=True,
                page_name=group.page_name,
                all_articles=generator.articles,
            )
        except FileOverwriteFailedError:
            if not group.slug:
                logger.info(
                    '%s "%s" has an invalid slug; skipping writing %s page...',
                    label,
                    group,
                    name,
                    extra={"limit_msg": f"Further {groups} with invalid slugs."},
                )
                continue
            logger.error('Failed to write %s page for "%s".', label, group)
            raise
