"""French first names, surnames, communes and postcodes from public registers (see ``models/MODELS.md``).

Source : Insee, Fichier des prénoms (édition 2022) et noms de famille (personnes nées 1891-2000);
Etalab, découpage administratif (communes, populations, codes postaux La Poste), Licence Ouverte 2.0;
French common words from Dicollecte's dictionary (Debian hunspell-fr-comprehensive, MPL-2.0).
The compact lists are derived by ``models/make_gazetteers.py`` and checked by sha256 at load:
a damaged or missing list makes the text check "unavailable", never quietly weaker.
Every key is folded: lower case, no accents.
"""

from __future__ import annotations

import functools
import gzip
import hashlib
import re
import unicodedata
from dataclasses import dataclass

from privacyguard.core.errors import DetectorUnavailableError
from privacyguard.core.resources import resource_path

FILES = {
    "first_names.tsv.gz": "1475635442b72f441e753ed511c615090207fdfbddffbfe461af1f8e4e9201df",
    "surnames.txt.gz": "51fd9fee08bd51d4b03999e06a27136e108ee09f4bca1d3264db0902a6a4d714",
    "communes.tsv.gz": "fba496a205e1fca20630b6fff737c05db5f8d7ec007a5c77586eb3b92ea7a573",
    "departements.txt.gz": "b1d4bae36e8e0c15fbcb7490639254173d763f78c316d00a18e5dc35feec4895",
    "french_words.txt.gz": "b258633b8b7fde41656e4e3d7f297bc573db15502bdc991f7ecfce0788b5a46f",
}


# Thresholds shared by every rule that reads these lists (text checker and text in photos).
KNOWN_NAME = 300  # people given a first name since 1900: from this many it is a name anyone would recognise as one
SURNAME_RANK = 150_000  # rank by frequency under which a surname is a known one
LONE_SURNAME_RANK = 100_000  # a capitalised surname with no first name and no honorific
COMMON_SURNAME = 5_000  # so frequent a surname (Moreau, Berger) that it is a name first, though the dictionary knows the word


def fold(s: str) -> str:
    """Lower case without accents (the form of every key)."""
    return "".join(c for c in unicodedata.normalize("NFKD", s.lower()) if not unicodedata.combining(c))


def starts(value: str) -> list[str]:
    """The starts of ``value`` cut after its spaces and hyphens, longest first: where to look for a commune's name
    ("Saint-Jean-de-Luz, plage" -> "Saint-Jean-de-Luz, plage", …, "Saint-Jean-de-Luz", …, "Saint")."""
    words = re.split(r"(?<=[\s-])", value)
    return ["".join(words[:n]).rstrip(" -") for n in range(len(words), 0, -1)]


def _lines(name: str) -> list[str]:
    try:
        data = resource_path(f"models/gazetteers/{name}").read_bytes()
    except (FileNotFoundError, OSError):
        raise DetectorUnavailableError(f"the name list {name} is missing") from None
    if hashlib.sha256(data).hexdigest() != FILES[name]:
        raise DetectorUnavailableError(f"the name list {name} is damaged (sha256 mismatch)")
    return gzip.decompress(data).decode("utf-8").splitlines()


@functools.cache
def first_names() -> dict[str, int]:
    """Folded first name -> number of people given it in France since 1900 (Insee)."""
    out = {}
    for line in _lines("first_names.tsv.gz"):
        name, count = line.split("\t")
        out[name] = int(count)
    return out


@functools.cache
def surnames() -> dict[str, int]:
    """Folded surname -> its rank by frequency (1 = the most common, Martin)."""
    return {name: rank for rank, name in enumerate(_lines("surnames.txt.gz"), 1)}


@dataclass(frozen=True)
class Commune:
    name: str
    departement: str
    population: int
    postcodes: tuple[str, ...]


@functools.cache
def communes() -> dict[str, Commune]:
    """Folded commune name -> the most populated commune of that name."""
    out: dict[str, Commune] = {}
    for line in _lines("communes.tsv.gz"):
        name, dep, pop, codes = line.split("\t")
        c = Commune(name, dep, int(pop), tuple(codes.split(",")) if codes else ())
        key = fold(name)
        if key not in out or c.population > out[key].population:
            out[key] = c
    return out


@functools.cache
def postcodes() -> frozenset[str]:
    return frozenset(code for c in communes().values() for code in c.postcodes)


@functools.cache
def departements() -> frozenset[str]:
    """Folded names of the départements: areas, not identifiers on their own (like regions)."""
    return frozenset(fold(d) for d in _lines("departements.txt.gz"))


@functools.cache
def french_words() -> frozenset[str]:
    """Folded common French words (Dicollecte's dictionary, its proper nouns left out): "avis", "fievre", "berger"."""
    return frozenset(_lines("french_words.txt.gz"))


def plain_word(key: str) -> bool:
    """A (folded) dictionary word that is not also a frequent surname: a word first ("fievre", "medecin"; not "berger")."""
    return key in french_words() and surnames().get(key, COMMON_SURNAME + 1) > COMMON_SURNAME


def load() -> None:
    """Read and check every list now (about 0.3 s); raises DetectorUnavailableError if one is missing or damaged."""
    first_names()
    surnames()
    communes()
    postcodes()
    departements()
    french_words()
