#!/usr/bin/env python3
"""Writes src/test/resources/cz/sazba/list-continuation/cases.txt: small Markdown files about how a
list item goes on (a second paragraph, a nested list, code, lazy lines, tabs) for many list markers,
each followed by what pandoc reads from it (pandoc -f markdown -t native --columns=1000), so that
ListContinuationTest compares Sazba's reader with pandoc without needing pandoc. Run it from the
project folder with pandoc 2.17 on the PATH and review the diff:

    python3 scripts/list-continuation-cases.py

The file: each case is a line '%%% <name>', its Markdown, a line '%%% pandoc' and pandoc's
output on one line. A tab in the Markdown is a real tab.
"""
import pathlib
import subprocess

OUT = pathlib.Path('src/test/resources/cz/sazba/list-continuation/cases.txt')

# The table in the bug report: a second paragraph after a blank line, indented N spaces, is
# inside the item, after the list, or a code block (after it or inside the item).
TABLE_MARKERS = ['(iv)', '(@outer)', '(@)', '#.', 'iv.', 'A)', '(10)', '10.', '1.']
MARKERS = TABLE_MARKERS + ['-', '*', '+', '(@x)', 'a.', 'a)', '(a)', 'A.', '1)']
FEW = ['(iv)', '(@outer)', '(@)', '(@x)', '#.', 'iv.', 'A)', '(10)', '10.', '1.', '-', '*', '+']


def cases():
    yield 'the example in the bug report', '(@outer) First item\n\n    (@inner) nested\n\n(@) third\n'
    for m in MARKERS:
        for n in [2, 3, 4, 5, 6, 8, 9, 10]:
            yield f'{m} then a paragraph after a blank line, {n} spaces', f'{m} First item\n\n{" " * n}continued para\n'
    for m in FEW:
        for n in [1, 2, 3, 4, 5, 6, 8, 9]:
            sp = ' ' * n
            yield f'{m} then a nested bullet list after a blank line, {n} spaces', f'{m} First item\n\n{sp}- nested\n'
            yield f'{m} then a nested bullet list on the next line, {n} spaces', f'{m} First item\n{sp}- nested\n'
            yield f'{m} then an example item on the next line, {n} spaces', f'{m} First item\n{sp}(@n) nested\n\n(@) third\n'
            yield f'{m} then an example item after a blank line, {n} spaces', f'{m} First item\n\n{sp}(@n) nested\n\n(@) third\n'
            yield f'{m} then a letter list after a blank line, {n} spaces', f'{m} First item\n\n{sp}a) nested\n'
            yield f'{m} then lazy lines, {n} spaces', f'{m} First item\nlazy line\n\n{sp}second para\nlazy again\n'
            yield f'{m} then spaces and a tab, {n} spaces', f'{m} First item\n\n{sp}\tcontinued para\n'
            yield f'{m} with a second-level item, {n} spaces', f'{m} First item\n\n    (a) second level\n\n{sp}second-level para\n'
    for m in FEW:
        yield f'{m} followed by a tab', f'{m}\tFirst item\n\n\tcontinued\n\n\t\tcode\n'
        for n in [4, 5, 8]:
            yield f'{m} followed by a tab, continued by {n} spaces', f'{m}\tFirst item\n\n{" " * n}continued\n'
        yield f'{m} two spaces and a tab', f'{m}  \tFirst\n\n\tcontinued\n'
        yield f'{m} continued by a tab and spaces', f'{m} First\n\n\t  continued\n\n  \tc2\n'
        yield f'{m} followed by five spaces', f'{m}     code first\n\n      continued\n'
        yield f'{m} followed by two spaces', f'{m}  First item\n\n      continued\n\n     c2\n\n    c3\n'
        yield f'{m} alone on its line', f'{m}\n     First item\n\n     continued\n\n    c2\n'
        yield f'{m} alone, then a blank line', f'{m}\n\n     text\n'
        yield f'{m} with trailing spaces only', f'{m}   \n\n      text\n\n     t2\n'
        for k in [1, 2, 3]:
            yield f'{m} indented {k}, continued by 4', f'{" " * k}{m} First item\n\n    continued\n\n{" " * k}{m} Second\n'
            yield f'{m} indented {k}, continued by {k + 4}', f'{" " * k}{m} First item\n\n{" " * (k + 4)}continued\n'
        yield f'{m} second item with its paragraphs', f'{m} First item\n{m} Second\n\n    continued\n\n       c2\n'
        yield f'{m} then a code fence', f'{m} First item\n\n    ```\n    code\n    ```\n'
        yield f'{m} then a quote', f'{m} First item\n\n    > quoted\n'
        yield f'{m} then a quote at 2', f'{m} First item\n\n  > quoted\n'
        yield f'{m} with a bullet list on its first line', f'{m} - a\n\n      b\n\n    c\n'
        yield f'{m} with a letter list on its first line', f'{m} a) x\n\n       y\n'
        yield f'{m} with a roman list on its first line', f'{m} ii. x\n'
        yield f'{m} with a capital letter list on its first line', f'{m} B.  x\n'
        yield f'{m} with a name on its first line', f'{m} B. Russell\n'
        yield f'{m} inside an example item', f'(@a) Outer\n\n    {m} inner\n\n        inner para\n\n    outer para\n\n(@) next\n'
        yield f'{m} inside an example item, no blank line', f'(@a) Outer\n    {m} inner\n    lazy in inner\n\n    outer para\n'
        yield f'{m} in a quote', f'> {m} First item\n>\n>     continued\n>\n>         code\n'
    yield 'three levels of examples', '(@a) one\n\n    (@b) two\n\n        (@c) three\n\n        two para\n\n    one para\n'
    yield 'bullets of three kinds in one list', '* one\n- two\n\n+ three\n\n  para\n'
    yield 'three markers on one line', '- - a) x\n'
    yield 'a setext heading, then a list', 'Title\n-----\n\n- a\n\nText\n-\n'
    yield 'a thematic break of dashes after a list', '- a\n\n- - -\n\n* * *\n'
    yield 'a list after a paragraph, with its sublist', 'Text\n\n1. a\n   - b\n\n     c\n2. d\n'
    yield 'a letter list in a bullet in a quote', '> - B)  x\n'


def main():
    out = []
    seen = set()
    for name, md in cases():
        assert name not in seen, name
        seen.add(name)
        native = subprocess.run(['pandoc', '-f', 'markdown', '-t', 'native', '--columns=1000'], input=md.encode(),
                                capture_output=True, check=True).stdout.decode().strip()
        assert '\n' not in native, name
        out.append(f'%%% {name}\n{md}%%% pandoc\n{native}\n')
    OUT.write_text(''.join(out), encoding='utf-8')
    print(f'{len(out)} cases written to {OUT}')


if __name__ == '__main__':
    main()
