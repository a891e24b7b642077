#!/bin/sh
# 06: PHP 8 + FPDF 1.8.4 (Debian php-fpdf)
set -e
S=$(cd "$(dirname "$0")" && pwd); O=$S/..
php "$S/06_pietragalla.php" "$O/determinazione-pietragalla-fpdf.pdf"
