"""Boilerplate detection in scraped copies: furniture is flagged with a reason, prose is not."""

from __future__ import annotations

import pytest

from sphinx_factcheck.core.text import boilerplate_reason, split_lines, split_sentences


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("- Advertisement -", "advertising"),
        ("- Advertisment -", "advertising"),
        ("ADVERTISEMENT", "advertising"),
        ("Advertisement - Scroll to continue", "advertising"),
        ("Story continues below advertisement", "advertising"),
        ("Please enter your comment!", "comment form"),
        ("Please enter your name here", "comment form"),
        ("Please enter your email address here", "comment form"),
        ("You have entered an incorrect email address!", "comment form"),
        ("Your email address will not be published. Required fields are marked *", "comment form"),
        ("Leave a Reply Cancel reply", "comment form"),
        (
            "Save my name, email, and website in this browser for the next time I comment.",
            "comment form",
        ),
        ("Name*", "comment form"),
        ("Post Comment", "comment form"),
        ("15.2 C", "weather header"),
        ("Friday, September 29, 2023", "date header"),
        ("Sep 13, 2023", "date header"),
        ("13 September 2023", "date header"),
        ("Updated 3:45 PM EDT, Wed September 13, 2023", "date header"),
        ("Published September 13, 2023", "date header"),
        (
            "HomeTravelNorth Korea's Kim pledges full support to Moscow at summit with Putin...",
            "breadcrumb",
        ),
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
        ("Light rain 12°C Springfield", "weather widget"),
        ("Leichter Regen 9°C Hamburg", "weather widget"),
        ("Springfield 12°C", "weather widget"),
        ("We use cookies to improve your experience. Accept all", "cookie notice"),
        ("Nous utilisons des cookies pour améliorer votre expérience.", "cookie notice"),
        ("Updated 11:42 p.m. ET", "date header"),
        ("Aktualisiert am 04.03.2025, 14:05 Uhr", "date header"),
        ("Publié le 4 mars 2025 à 10h15, mis à jour à 12h30", "date header"),
        ("Publicado el 10 de febrero de 2025 por Lucía Ferrer", "date header"),
        ("2 hours ago", "date header"),
        ("3 min read", "read time"),
        ("Lesezeit: 3 Min.", "read time"),
        ("Von Katrin Möller", "byline"),
        ("Sophie Grant, Health Correspondent", "byline"),
        ("The pool has been open since 1974. Picture: Sam Ortiz", "photo credit"),
        ("Protesters at the gate on Monday. (Photo by Jan Smit/Meridian)", "photo credit"),
        ("Read more: Library to cut Sunday opening hours", "related link"),
        ("Lire aussi : Lyonne ferme deux classes", "related link"),
        ("Partager sur Facebook Partager sur X Envoyer par e-mail", "share buttons"),
        ("Share this release: Twitter | LinkedIn | Email", "share buttons"),
        ("Sign up to our daily newsletter", "newsletter"),
        ("Get the latest news straight to your inbox.", "newsletter"),
        ("Anzeige", "advertising"),
        ("Publicité", "advertising"),
        ("Tags: batteries, recycling, Ohio", "tags"),
        ("Media contact: Jordan Pike press@example.com +1 614 555 0142", "contact"),
        ("###", "end mark"),
        ("FOR IMMEDIATE RELEASE", "release notice"),
        ("CONFIDENTIAL – DRAFT FOR BOARD REVIEW", "release notice"),
        ("[BEGIN VIDEOTAPE]", "stage direction"),
        ("[21:00:14]", "date header"),
        ("Page 3 of 12", "page number"),
        ("Annual Report 2024        Page 3 of 12", "page header"),
        ("Table 2: Samples by district", "figure caption"),
        ("North           8,120      2", "columns"),
        ("12 thoughts on “Bike lanes”", "comment form"),
        ("Posted: Mar 5, 2025 / 06:12 PM CST", "date header"),
        ("by: Jenna Fox", "byline"),
        ("Redacción", "byline"),
        ("View in browser", "navigation"),
        ("Thanks for reading! Subscribe for free to receive new posts.", "newsletter"),
        ("∙ Paid", "label"),
    ],
)
def test_page_furniture_is_flagged_with_its_reason(line: str, reason: str) -> None:
    assert boilerplate_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
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
        "Temperatures hit 40°C in Seville",
        "Temperatures hit 40°C in Seville on Monday.",
        "The minister said the cookies were baked in a local factory.",
        "The company's newsletter reached 2 million readers in 2024.",
        "Police released images of the suspect on Tuesday.",
        "Live music returns to the park this summer.",
        "Save the Children said 4,000 families had fled.",
        "Page 3 of the report shows a 12% rise.",
        "On 4 March 2025 the council voted 7-2 to close the pool.",
        "Confidential memo shows the plan was approved in 2019",
        "Reporter Jane Smith was arrested in 2021.",
        "Watch the video to see how the bridge collapsed.",
        "Print newspapers lost 12% of their readers.",
        "Der Streik soll am Mittwoch um 6 Uhr enden.",
        "Le surcoût est estimé à 380 000 euros par an.",
        "Related topics were discussed for four hours.",
        "Subscribers rose 12% after the paper dropped its paywall.",
        "The union said staff would strike on Monday at 9 a.m. CST unless talks resume.",
    ],
)
def test_prose_is_not_boilerplate(line: str) -> None:
    assert boilerplate_reason(line) is None


def test_dimmed_lines_are_kept_with_offsets_and_left_out_of_sentences() -> None:
    text = (
        "Home › World\n15.2 C\n\nBy Jane Doe and John Roe\n\n"
        "Kim met Putin on Wednesday. The talks lasted four hours.\n\n"
        "- Advertisement -\n\nFacebookTwitterWhatsApp\nCopyright 2023 AP. All rights reserved."
    )
    lines = split_lines(text)
    assert "".join(line.text + "\n" for line in lines)[:-1] == text  # nothing dropped
    for line in lines:
        assert text[line.start : line.end] == line.text
    reasons = [line.boilerplate for line in lines if line.text.strip()]
    assert reasons == [
        "breadcrumb",
        "weather header",
        "byline",
        None,
        "advertising",
        "share buttons",
        "copyright",
    ]
    assert [s.text for s in split_sentences(text)] == [
        "Kim met Putin on Wednesday.",
        "The talks lasted four hours.",
    ]


def test_the_caption_after_its_label_and_the_links_under_most_read_are_furniture() -> None:
    text = (
        "Getty Images\nImage caption,\nCod stocks have fallen for three years\n\n"
        "Quotas will be cut by 20% next year.\n\nMost read\nMan charged after break-in\n"
        "Market to move to Fridays\n\nThe council said it would run a bus."
    )
    reasons = {line.text: line.boilerplate for line in split_lines(text) if line.text}
    assert reasons == {
        "Getty Images": "photo credit",
        "Image caption,": "caption label",
        "Cod stocks have fallen for three years": "photo caption",
        "Quotas will be cut by 20% next year.": None,
        "Most read": "navigation",
        "Man charged after break-in": "related link",
        "Market to move to Fridays": "related link",
        "The council said it would run a bus.": None,
    }
