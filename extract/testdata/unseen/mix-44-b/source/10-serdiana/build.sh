#!/bin/sh
# rinohtype (Python, reStructuredText) with a template configuration and a style sheet;
# needs pip packages rinohtype, rinoh-typeface-texgyrepagella, rinoh-typeface-texgyreheros
cd "$(dirname "$0")"
rinoh -t allegato.rtt allegato.rst -O allegato.pdf >/dev/null 2>&1
f=$(ls allegato.pdf*.pdf allegato.pdf 2>/dev/null | head -1)
cp "$f" "$1/allegato-serdiana-rinohtype.pdf"
rm -f allegato.pdf* allegato.rtc allegato.stylelog
