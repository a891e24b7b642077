#!/bin/sh
# PHP 8 + Debian php-tcpdf (TCPDF 6.x), DejaVu fonts shipped with TCPDF
cd "$(dirname "$0")"
php ordinanza.php "$(realpath "${OUT:-../..}")/ordinanza-linguaglossa-cstsud.pdf"
