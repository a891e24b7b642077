#!/bin/sh
cd "$(dirname "$0")" && python3 12_thiesi.py
