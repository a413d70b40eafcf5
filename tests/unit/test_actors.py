"""The country table: names, aliases, demonyms and institutions resolve to one country."""

import pytest

from briefing.analysis.actors import countries, lookup_country


@pytest.mark.parametrize(
    ("text", "country", "how"),
    [
        ("Russia", "Russia", "name"),
        ("Russian", "Russia", "demonym"),
        ("the Kremlin", "Russia", "institution"),
        ("Kremlin", "Russia", "institution"),
        ("the United States", "United States", "alias"),
        ("U.S.", "United States", "alias"),
        ("US", "United States", "alias"),
        ("Ukrainians", "Ukraine", "demonym"),
        ("the UK", "United Kingdom", "alias"),
        ("British", "United Kingdom", "demonym"),
    ],
)
def test_forms_of_a_country_resolve_to_it(text, country, how):
    match = lookup_country(text)
    assert match is not None
    assert (match.country.name, match.how) == (country, how)


def test_acronyms_are_case_sensitive_and_unknown_names_miss():
    assert lookup_country("us") is None  # the pronoun, not the country
    assert lookup_country("Atlantis") is None


def test_every_row_is_well_formed():
    rows = countries()
    assert len(rows) > 100
    assert len({c.name for c in rows}) == len(rows)
    assert all(c.name.strip() == c.name and c.name for c in rows)
