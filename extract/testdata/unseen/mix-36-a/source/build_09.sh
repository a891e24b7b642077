#!/bin/sh
cd "$(dirname "$0")" && python3 09_ficulle.py
