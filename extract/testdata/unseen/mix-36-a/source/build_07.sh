#!/bin/sh
cd "$(dirname "$0")" && python3 07_mormanno.py
