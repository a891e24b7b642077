"""Dump data.KEYS to ../keys.json."""
import json, os
from data import KEYS
HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "..", "keys.json"), "w") as f:
    json.dump(KEYS, f, indent=1, ensure_ascii=False)
    f.write("\n")
print(len(KEYS), "keys")
