#!/usr/bin/env python3
"""Compares two XML or iCalendar files parsed, for bench/same-output.sh.

Exit 0 when they mean the same (element tree with attributes and text, or
iCalendar content lines after unfolding); otherwise prints the first
difference and exits 1. Only the standard library is used.
"""
import sys
import xml.etree.ElementTree as ET


def xml_tree(path):
    def norm(e):
        return (
            e.tag,
            sorted(e.attrib.items()),
            (e.text or "").strip(),
            [norm(c) for c in e],
            (e.tail or "").strip(),
        )

    return norm(ET.parse(path).getroot())


def ics_lines(path):
    text = open(path, encoding="utf-8").read().replace("\r\n", "\n")
    return text.replace("\n ", "").replace("\n\t", "").splitlines()


def main(a, b):
    parse = ics_lines if a.endswith(".ics") else xml_tree
    pa, pb = parse(a), parse(b)
    if pa == pb:
        print(f"{b}: bytes differ, parsed equal")
        return 0
    if isinstance(pa, list):
        for i, (x, y) in enumerate(zip(pa, pb)):
            if x != y:
                print(f"{b}: line {i + 1}: {x!r} != {y!r}")
                return 1
    print(f"{b}: parsed content differs")
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
