#!/usr/bin/env python3
"""Moves the texts only the facilitator's library uses out of Spel.Scenarios' Strings.resx into this folder.

A tablet downloads Spel.Scenarios (and with it Strings.resx) but never Spel.Client.Facilitator, so a text that only
the facilitator's pages show is better kept here. A key moves when:
  - it is named as a literal ("Studio_Title") in the .cs/.razor files of src/Spel.Client.Facilitator, or is built there
    from a prefix ($"Studio_Language_{...}"), and
  - no other project under src names it as a literal or builds it from a prefix ($"Phase_{...}", "Host_" + ...).

Each moved <data> element is moved whole (value and comment): Dutch from Strings.resx into FacilitatorTexts.resx,
English from Strings.en.resx into FacilitatorTextsEnglish.resx. A section comment goes along with the first element
moved from its section, and leaves Strings when none of its elements are left there. Running it again moves what has
become facilitator-only since; it never moves a text back.

Run from the repository's root:  python3 src/Spel.Client.Facilitator/Resources/move_texts.py
"""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
SRC = os.path.join(ROOT, "src")
FACILITATOR = os.path.join(SRC, "Spel.Client.Facilitator")
SCENARIOS = os.path.join(SRC, "Spel.Scenarios", "Resources")
PAIRS = [
    (os.path.join(SCENARIOS, "Strings.resx"), os.path.join(FACILITATOR, "Resources", "FacilitatorTexts.resx")),
    (os.path.join(SCENARIOS, "Strings.en.resx"), os.path.join(FACILITATOR, "Resources", "FacilitatorTextsEnglish.resx")),
]

# A <data> element or a comment, each with the indentation before it and the line end after it.
ITEM = re.compile(r'[ \t]*(?:<data name="(?P<name>[^"]+)"[^>]*>.*?</data>|<!--.*?-->)[ \t]*\r?\n', re.S)
LITERAL = re.compile(r'"([A-Za-z][A-Za-z0-9_]*)"')
# The fixed start of a key built at run time: $"Phase_{phase}" or "Host_" + x.
PREFIX = re.compile(r'\$@?"([A-Za-z][A-Za-z0-9_]*)\{|"([A-Za-z][A-Za-z0-9_]*)"\s*\+')

HEADER = """<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype">
    <value>text/microsoft-resx</value>
  </resheader>
  <resheader name="version">
    <value>2.0</value>
  </resheader>
  <resheader name="reader">
    <value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value>
  </resheader>
  <resheader name="writer">
    <value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value>
  </resheader>
</root>
"""


def sources():
    for directory, subdirectories, files in os.walk(SRC):
        subdirectories[:] = [d for d in subdirectories if d not in ("bin", "obj", "node_modules")]
        for file in files:
            if file.endswith((".cs", ".razor")):
                path = os.path.join(directory, file)
                with open(path, encoding="utf-8") as f:
                    yield path, f.read()


def uses():
    """The literals and prefixes named inside the facilitator's library, and those named anywhere else."""
    inside, outside = (set(), set()), (set(), set())
    for path, text in sources():
        literals, prefixes = inside if path.startswith(FACILITATOR + os.sep) else outside
        literals.update(LITERAL.findall(text))
        prefixes.update(a or b for a, b in PREFIX.findall(text))
    return inside, outside


def items(text):
    """The file cut into what comes before the first item, the items (name or None for a comment, raw text), the rest."""
    found = list(ITEM.finditer(text))
    if not found:
        end = text.rindex("</root>")
        return text[:end], [], text[end:]
    return text[: found[0].start()], [(m.group("name"), m.group(0)) for m in found], text[found[-1].end():]


def moving(names, inside, outside):
    (literals, prefixes), (other_literals, other_prefixes) = inside, outside
    def named(name, lits, pres):
        return name in lits or any(name.startswith(p) for p in pres)
    return {n for n in names if named(n, literals, prefixes) and not named(n, other_literals, other_prefixes)}


def move(source_path, target_path, keys):
    with open(source_path, encoding="utf-8") as f:
        head, source_items, tail = items(f.read())
    if os.path.exists(target_path):
        with open(target_path, encoding="utf-8") as f:
            target_head, target_items, target_tail = items(f.read())
    else:
        target_head, target_items, target_tail = items(HEADER)

    kept, moved, comment, comment_sent = [], [], None, False
    for name, raw in source_items:
        if name is None:
            comment, comment_sent = raw, False
            kept.append((name, raw))
        elif name in keys:
            if comment is not None and not comment_sent:
                moved.append((None, comment))
                comment_sent = True
            moved.append((name, raw))
        else:
            kept.append((name, raw))
    # A comment whose elements all moved leaves Strings.
    kept = [item for i, item in enumerate(kept)
            if item[0] is not None or (i + 1 < len(kept) and kept[i + 1][0] is not None)]

    with open(source_path, "w", encoding="utf-8", newline="") as f:
        f.write(head + "".join(raw for _, raw in kept) + tail)
    with open(target_path, "w", encoding="utf-8", newline="") as f:
        f.write(target_head + "".join(raw for _, raw in target_items + moved) + target_tail)
    return [name for name, _ in moved if name is not None]


def names(path):
    with open(path, encoding="utf-8") as f:
        return [name for name, _ in items(f.read())[1] if name is not None]


def main():
    inside, outside = uses()
    (dutch, dutch_target), (english, english_target) = PAIRS
    keys = moving(names(dutch), inside, outside)
    missing = keys - set(names(english))
    if missing:
        sys.exit(f"No English text for: {', '.join(sorted(missing))}")
    moved_dutch = move(dutch, dutch_target, keys)
    moved_english = move(english, english_target, keys)
    if sorted(moved_dutch) != sorted(moved_english):
        sys.exit("The Dutch and the English files moved different keys")
    print(f"Moved {len(moved_dutch)} texts; {len(names(dutch))} stay in Strings.resx.")


if __name__ == "__main__":
    main()
