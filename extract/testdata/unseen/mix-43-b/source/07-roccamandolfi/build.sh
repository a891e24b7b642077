#!/bin/sh
cd "$(dirname "$0")"
python3 make_pages.py
mutool create -o ../../ordinanza-roccamandolfi-mutool.pdf page1.txt page2.txt
