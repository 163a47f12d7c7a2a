"""Boilerplate detection in scraped copies: furniture is flagged with a reason, prose is not."""

from __future__ import annotations

import pytest

from sphinx_factcheck.core.text import boilerplate_reason, split_lines, split_sentences


@pytest.mark.parametrize(("line", "reason"), [
    ("- Advertisement -", "advertising"),
    ("- Advertisment -", "advertising"),
    ("ADVERTISEMENT", "advertising"),
    ("Advertisement - Scroll to continue", "advertising"),
    ("Story continues below advertisement", "advertising"),
    ("Please enter your comment!", "comment form"),
    ("Please enter your name here", "comment form"),
    ("Please enter your email address here", "comment form"),
    ("You have entered an incorrect email address!", "comment form"),
    ("Your email address will not be published. Required fields are marked *",
     "comment form"),
    ("Leave a Reply Cancel reply", "comment form"),
    ("Save my name, email, and website in this browser for the next time I comment.",
     "comment form"),
    ("Name*", "comment form"),
    ("Post Comment", "comment form"),
    ("15.2 C", "weather header"),
    ("Friday, September 29, 2023", "date header"),
    ("Sep 13, 2023", "date header"),
    ("13 September 2023", "date header"),
    ("Updated 3:45 PM EDT, Wed September 13, 2023", "date header"),
    ("Published September 13, 2023", "date header"),
    ("HomeTravelNorth Korea's Kim pledges full support to Moscow at summit with Putin...",
     "breadcrumb"),
    ("Home › World › Asia", "breadcrumb"),
    ("Most Popular", "navigation"),
    ("RELATED ARTICLES", "navigation"),
    ("Previous article", "navigation"),
    ("Next article", "navigation"),
    ("MORE FROM AUTHOR", "navigation"),
    ("EDITOR PICKS", "navigation"),
    ("POPULAR POSTS", "navigation"),
    ("Recent Comments", "navigation"),
    ("You may also like", "navigation"),
    ("Skip to content", "navigation"),
    ("Loading...", "navigation"),
    ("Sign in", "navigation"),
    ("FacebookTwitterPinterestWhatsApp", "share buttons"),
    ("Share on Facebook", "share buttons"),
    ("Click to share on Twitter (Opens in new window)", "share buttons"),
    ("Copyright 2023 The Associated Press. All rights reserved.", "copyright"),
    ("© 2023 Daily News. All rights reserved.", "copyright"),
    ("By HYUNG-JIN KIM and DASHA LITVINOVA", "byline"),
    ("By Hyung-Jin Kim, Dasha Litvinova | AP", "byline"),
])
def test_page_furniture_is_flagged_with_its_reason(line: str, reason: str) -> None:
    assert boilerplate_reason(line) == reason


@pytest.mark.parametrize("line", [
    "By Wednesday, Russia had sent 40 trains.",
    "By then Putin had left.",
    "Copyright law protects authors.",
    "Home is where the heart is, Kim said.",
    "Email records show the deal was signed on Sep 13, 2023.",
    "The advertisement ran on 13 September 2023 in Seoul.",
    "Share prices fell 3% on Thursday.",
    "Twitter users mocked the handshake.",
    "Search teams found nothing.",
    "Menu items included crab dumplings.",
    "Loading of the ammunition began at 9:30 a.m.",
    "Putin said the rights of all were reserved.",
    "North Korea’s Kim pledges full support to Moscow at summit with Putin in Russia",
    "Russian and North Korean officials deny such claims.",
])
def test_prose_is_not_boilerplate(line: str) -> None:
    assert boilerplate_reason(line) is None


def test_dimmed_lines_are_kept_with_offsets_and_left_out_of_sentences() -> None:
    text = ("Home › World\n15.2 C\n\nBy Jane Doe and John Roe\n\n"
            "Kim met Putin on Wednesday. The talks lasted four hours.\n\n"
            "- Advertisement -\n\nFacebookTwitterWhatsApp\nCopyright 2023 AP. All rights reserved.")
    lines = split_lines(text)
    assert "".join(line.text + "\n" for line in lines)[:-1] == text  # nothing dropped
    for line in lines:
        assert text[line.start:line.end] == line.text
    reasons = [line.boilerplate for line in lines if line.text.strip()]
    assert reasons == ["breadcrumb", "weather header", "byline", None, "advertising",
                       "share buttons", "copyright"]
    assert [s.text for s in split_sentences(text)] == [
        "Kim met Putin on Wednesday.", "The talks lasted four hours."]
