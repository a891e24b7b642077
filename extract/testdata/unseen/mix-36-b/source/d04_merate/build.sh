#!/bin/sh
# Flying Saucer 9.1.22 over OpenPDF 1.3.11 (java 17). Jars from the local Maven repository:
#   mvn dependency:get -Dartifact=org.xhtmlrenderer:flying-saucer-pdf-openpdf:9.1.22
cd "$(dirname "$0")"
M=$HOME/.m2/repository
CP=$M/org/xhtmlrenderer/flying-saucer-core/9.1.22/flying-saucer-core-9.1.22.jar:$M/org/xhtmlrenderer/flying-saucer-pdf-openpdf/9.1.22/flying-saucer-pdf-openpdf-9.1.22.jar:$M/com/github/librepdf/openpdf/1.3.11/openpdf-1.3.11.jar
T=$(mktemp -d)
javac -d "$T" -cp "$CP" Render.java && java -cp "$T:$CP" Render determina.xhtml "${OUT:-../..}/determinazione-merate-flyingsaucer.pdf"
rm -rf "$T"
