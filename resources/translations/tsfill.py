#!/usr/bin/env python3
# Lists the unfinished messages of a Qt .ts file as JSON and writes finished translations back into it.
"""Round trip for translating new strings without Qt Linguist.

  tsfill.py todo FILE.ts > todo.json     every unfinished message, with an empty "translation" to fill
  tsfill.py apply FILE.ts todo.json      writes the filled translations into FILE.ts and marks them finished

A message is matched by context, source and disambiguation comment. "translation" is a string, or for a
message with %n a list with one entry per plural form of the language (German: singular, plural). A
translation must keep every placeholder of its source (%1..%99, %L1; %n in at least one form); apply refuses the file otherwise
and changes nothing. The rest of FILE.ts is kept byte for byte, so lupdate's next run rewrites nothing.
"""

import html
import json
import re
import sys

CONTEXT = re.compile(r"<context>\s*<name>(.*?)</name>(.*?)</context>", re.S)
MESSAGE = re.compile(r"<message( numerus=\"yes\")?>(.*?)</message>", re.S)
SOURCE = re.compile(r"<source>(.*?)</source>", re.S)
COMMENT = re.compile(r"<comment>(.*?)</comment>", re.S)
TRANSLATION = re.compile(r"<translation( type=\"unfinished\")?>(.*?)</translation>", re.S)
NUMERUS_FORM = re.compile(r"<numerusform>(.*?)</numerusform>", re.S)
PLACEHOLDER = re.compile(r"%L?(?:\d{1,2}|n)")


def escape(text):
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


def messages(ts_text):
    """Yields (context, source, comment, numerus, unfinished, forms, span of the translation element)."""
    for context in CONTEXT.finditer(ts_text):
        name = html.unescape(context.group(1))
        body_start = context.start(2)
        for message in MESSAGE.finditer(context.group(2)):
            body = message.group(2)
            source = html.unescape(SOURCE.search(body).group(1))
            comment_match = COMMENT.search(body)
            comment = html.unescape(comment_match.group(1)) if comment_match else ""
            translation = TRANSLATION.search(body)
            numerus = bool(message.group(1))
            if numerus:
                forms = [html.unescape(form) for form in NUMERUS_FORM.findall(translation.group(2))]
            else:
                forms = [html.unescape(translation.group(2))]
            offset = body_start + message.start(2)
            yield (name, source, comment, numerus, bool(translation.group(1)), forms,
                   (offset + translation.start(), offset + translation.end()))


def missing_placeholders(source, forms):
    # The count (%n, %Ln) may be left out of a singular form ("eine Änderung"); every other placeholder is needed
    # in every form.
    wanted = set(PLACEHOLDER.findall(source))
    missing = {placeholder for form in forms for placeholder in wanted if placeholder not in form}
    return sorted(placeholder for placeholder in missing
                  if not placeholder.endswith("n") or not any(placeholder in form for form in forms))


def todo(ts_path):
    with open(ts_path, encoding="utf-8") as ts_file:
        ts_text = ts_file.read()
    entries = []
    for context, source, comment, numerus, unfinished, forms, _ in messages(ts_text):
        if unfinished or not all(forms):
            entry = {"context": context, "source": source}
            if comment:
                entry["comment"] = comment
            entry["translation"] = [""] * len(forms) if numerus else ""
            entries.append(entry)
    json.dump(entries, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    return 0


def translation_element(numerus, forms, indent):
    if not numerus:
        return "<translation>" + escape(forms[0]) + "</translation>"
    inner = "".join("\n" + indent + "    <numerusform>" + escape(form) + "</numerusform>" for form in forms)
    return "<translation>" + inner + "\n" + indent + "</translation>"


def apply(ts_path, json_path):
    with open(ts_path, encoding="utf-8") as ts_file:
        ts_text = ts_file.read()
    with open(json_path, encoding="utf-8") as json_file:
        wanted = {(entry["context"], entry["source"], entry.get("comment", "")): entry["translation"]
                  for entry in json.load(json_file)}
    problems = []
    replacements = []
    used = set()
    for context, source, comment, numerus, _, forms, span in messages(ts_text):
        key = (context, source, comment)
        translation = wanted.get(key)
        if not translation:
            continue
        used.add(key)
        new_forms = translation if isinstance(translation, list) else [translation]
        if len(new_forms) != len(forms) or not all(new_forms):
            problems.append(f"{context}: \"{source}\": needs {len(forms)} non-empty form(s)")
            continue
        missing = missing_placeholders(source, new_forms)
        if missing:
            problems.append(f"{context}: \"{source}\": translation lacks {', '.join(missing)}")
            continue
        line_start = ts_text.rfind("\n", 0, span[0]) + 1
        indent = ts_text[line_start:span[0]]
        replacements.append((span, translation_element(numerus, new_forms, indent)))
    for key in wanted.keys() - used:
        if wanted[key]:
            problems.append(f"{key[0]}: \"{key[1]}\": no such message in {ts_path}")
    if problems:
        print("\n".join(problems), file=sys.stderr)
        print(f"{len(problems)} problem(s); {ts_path} is unchanged.", file=sys.stderr)
        return 1
    for (start, end), element in sorted(replacements, reverse=True):
        ts_text = ts_text[:start] + element + ts_text[end:]
    with open(ts_path, "w", encoding="utf-8") as ts_file:
        ts_file.write(ts_text)
    left = sum(1 for *_, unfinished, forms, _span in messages(ts_text) if unfinished or not all(forms))
    print(f"{len(replacements)} translation(s) written; {left} message(s) still unfinished.")
    return 0


def main(argv):
    if len(argv) == 3 and argv[1] == "todo":
        return todo(argv[2])
    if len(argv) == 4 and argv[1] == "apply":
        return apply(argv[2], argv[3])
    print(__doc__.strip(), file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
