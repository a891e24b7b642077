#!/usr/bin/env python3
"""Put the crest PNG (base64) into the hand-written flat ODT template.
usage: fill_fodt.py TEMPLATE.fodt.in CREST.png OUT.fodt"""
import base64
import sys

tpl, crest, out = sys.argv[1:4]
b64 = base64.b64encode(open(crest, "rb").read()).decode()
open(out, "w", encoding="utf-8").write(open(tpl, encoding="utf-8").read().replace("@CREST_B64@", b64))
