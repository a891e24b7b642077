#!/bin/sh
# d09: compiles and runs the PDFBox program (jars from the local Maven repository). $1 = output PDF, $2 = temp dir
set -e
M=$HOME/.m2/repository
CP=$M/org/apache/pdfbox/pdfbox/3.0.3/pdfbox-3.0.3.jar:$M/org/apache/pdfbox/fontbox/3.0.3/fontbox-3.0.3.jar:$M/org/apache/pdfbox/pdfbox-io/3.0.3/pdfbox-io-3.0.3.jar:$M/commons-logging/commons-logging/1.2/commons-logging-1.2.jar
B="$2/d09"; mkdir -p "$B"
javac -encoding UTF-8 -cp "$CP" -d "$B" "$(dirname "$0")/Determina.java"
java -cp "$CP:$B" Determina "$1" 2>/dev/null
