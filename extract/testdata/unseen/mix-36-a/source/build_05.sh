#!/bin/sh
cd "$(dirname "$0")" && python3 05_jerzu.py
