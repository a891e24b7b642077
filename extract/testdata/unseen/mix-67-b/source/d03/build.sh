#!/bin/sh
# d03: compiles and runs the OpenPDF program (jar from the local Maven repository). $1 = output PDF, $2 = temp dir
set -e
CP=$HOME/.m2/repository/com/github/librepdf/openpdf/1.3.30/openpdf-1.3.30.jar
B="$2/d03"; mkdir -p "$B"
javac -encoding UTF-8 -cp "$CP" -d "$B" "$(dirname "$0")/Attestazione.java"
java -cp "$CP:$B" Attestazione "$1"
