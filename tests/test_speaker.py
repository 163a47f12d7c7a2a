"""Who a sentence names as the speaker (core, no Sphinx)."""

from __future__ import annotations

import pytest

from sphinx_factcheck.core.checkworthy import speaker_of

NAMED = [
    # the person before "said", not the subject of what was said
    (
        "Jeon Ha Gyu, a spokesperson for South Korea’s Defense Ministry, said Seoul was closely "
        "monitoring diplomacy.",
        "Jeon Ha Gyu",
    ),
    (
        "Japanese Chief Cabinet Secretary Hirokazu Matsuno said they landed in waters outside "
        "the country’s exclusive economic zones.",
        "Hirokazu Matsuno",
    ),
    (
        "UN Secretary-General Antonio Guterres said at a news conference that “any form of "
        "cooperation must respect the sanctions.”",
        "Antonio Guterres",
    ),
    (
        "James O’Brien, head of the US State Department’s Sanctions Coordination Office, said "
        "Russia was “scraping the bottom of the barrel.”",
        "James O’Brien",
    ),
    (
        "An agreement between the countries would violate existing sanctions, O’Brien said, and "
        "would cause the United States to act.",
        "O’Brien",
    ),
    (
        "SEOUL, South Korea (AP) — North Korea’s Kim Jong Un pledged “full and unconditional "
        "support” to Russia’s Vladimir Putin, a summit that the United States warned about.",
        "Kim Jong Un",
    ),
    ("Kremlin spokesman Dmitry Peskov said the talks went well.", "Dmitry Peskov"),
    ("Kim, in turn, promised to continue supporting Moscow.", "Kim"),
    ("Putin told Russian state television that Kim will visit two more cities.", "Putin"),
    ("“We will talk about all issues without haste,” Putin said.", "Putin"),
    # inverted: "..., said Name, director of ..."
    (
        "Moscow’s priority is success in Ukraine, “and it would do almost anything to achieve "
        "it,” said James Nixey, director of the Russia and Eurasia program at Chatham House.",
        "James Nixey",
    ),
    ("North Korea may want to launch a spy satellite, said Yang Uk, a military expert.", "Yang Uk"),
    (
        "Kim could have ordered them, said Moon Seong Mook of the Seoul-based institute.",
        "Moon Seong Mook",
    ),
    ("The plan was approved, said President Joe Biden.", "Joe Biden"),
    # quoted X as saying; the passive form names the subject
    ("Russian media quoted Putin as saying: “That’s why we came here.”", "Putin"),
    (
        "Alexander Vorontsov of the Institute of Asian Studies was quoted by the Tass news agency "
        "as saying that “most agreements will remain secret.”",
        "Alexander Vorontsov",
    ),
    ("The council will spend 40 percent, according to Mayor Jane Doe.", "Jane Doe"),
    # bodies are kept whole, with their possessor
    (
        "South Korea’s Unification Ministry, which handles inter-Korean affairs, said it was "
        "the first time.",
        "South Korea’s Unification Ministry",
    ),
    (
        "Reporting on Thursday’s meeting, North Korea’s official Central News Agency said Kim "
        "invited Putin.",
        "Central News Agency",
    ),
    ("The White House said the talks were useful.", "White House"),
    (
        "White House Press Secretary Karine Jean-Pierre said the talks were useful.",
        "Karine Jean-Pierre",
    ),
    ("Washington has accused North Korea of providing weapons to Russia.", "Washington"),
]

UNNAMED = [
    "He said North Korea could also ask Russia to build a more powerful satellite.",
    "“Russia may want to prepare for a longer war,” he said.",
    "Putin spoke of the Soviet Union’s support for North Korea and said the talks would cover "
    "economic cooperation.",
    "Putin greeted Kim’s limousine at the launch facility.",
    "The meeting lasted more than four hours.",
    "After the talks, there was an official lunch for Kim, Russian state media reported.",
    "He has previously said that is crucial to increasing the threat.",
]


@pytest.mark.parametrize(("sentence", "speaker"), NAMED)
def test_names_the_speaker(sentence: str, speaker: str) -> None:
    assert speaker_of(sentence) == speaker


@pytest.mark.parametrize("sentence", UNNAMED)
def test_no_speaker_when_the_sentence_names_none(sentence: str) -> None:
    assert speaker_of(sentence) is None
