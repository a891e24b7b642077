#!/bin/sh
cd "$(dirname "$0")"; OUT=$(cd "${OUT:-../..}" && pwd)
php make.php "$OUT/determinazione-albignasego-centura.pdf"
