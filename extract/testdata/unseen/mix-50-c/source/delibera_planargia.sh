#!/bin/sh
# Unione Planargia - Java2D drawing rendered by pdfbox-graphics2d 0.32 over PDFBox 2.0.31 (jars from ~/.m2)
set -e
M=$HOME/.m2/repository
CP=$M/org/apache/pdfbox/pdfbox/2.0.31/pdfbox-2.0.31.jar:$M/org/apache/pdfbox/fontbox/2.0.31/fontbox-2.0.31.jar:$M/commons-logging/commons-logging/1.2/commons-logging-1.2.jar:$M/de/rototor/pdfbox/graphics2d/0.32/graphics2d-0.32.jar
D=$(dirname "$0")/planargia; B=$(mktemp -d)
javac -d "$B" -cp "$CP" "$D/Delibera.java"
java -Djava.awt.headless=true -cp "$B:$CP" Delibera "$1"
rm -rf "$B"
