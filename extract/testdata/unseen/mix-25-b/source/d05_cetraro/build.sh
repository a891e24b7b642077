#!/bin/sh
# javac/java against the OpenPDF jar in the local Maven repository
set -e
cd "$(dirname "$0")"
JAR=$HOME/.m2/repository/com/github/librepdf/openpdf/1.3.43/openpdf-1.3.43.jar
mkdir -p classes
javac -encoding UTF-8 -cp "$JAR" -d classes Determina.java
java -cp "$JAR:classes" Determina "${1:-../../determina-cetraro-golem.pdf}"
