#!/bin/sh
# $1 = output pdf
python3 d12_navelli_ps.py /tmp/d12_navelli.ps && ps2pdf -sPAPERSIZE=a4 /tmp/d12_navelli.ps "$1" && rm -f /tmp/d12_navelli.ps
