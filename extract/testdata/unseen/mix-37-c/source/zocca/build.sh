#!/bin/sh
# PHP + TCPDF (Debian php-tcpdf)
cd "$(dirname "$0")"
php ordinanza.php "$(cd ../.. && pwd)/ordinanza-zocca-symfony.pdf"
