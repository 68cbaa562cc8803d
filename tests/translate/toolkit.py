#!/usr/bin/env python3
"""An independent reader and writer of XLIFF for the translate round trip tests:
translate-toolkit, as translation tools use it.

  toolkit.py count FILE        prints the number of translatable units it reads
  toolkit.py fill FILE OUT     fills every target (the source's text in capitals, inline
                               codes kept where they are) and saves the file as OUT
"""
import copy
import sys

from translate.storage import factory
from translate.storage.placeables import StringElem


def units(store):
    return [u for u in store.units if u.istranslatable()]


def shout(elem):
    """The same tree of text and codes, its words in capitals."""
    for leaf in elem.flatten():
        leaf.sub = [s.upper() if isinstance(s, str) else s for s in leaf.sub]
    return elem


def main():
    command, path = sys.argv[1], sys.argv[2]
    store = factory.getobject(path)
    if command == "count":
        print(len(units(store)))
    elif command == "fill":
        for unit in units(store):
            unit.rich_target = [shout(copy.deepcopy(e)) for e in unit.rich_source]
        store.savefile(sys.argv[3])
    else:
        sys.exit(f"unknown command {command}")


main()
