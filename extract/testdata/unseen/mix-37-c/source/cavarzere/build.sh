#!/bin/sh
# OpenPDF 1.3.43 (Java 17): javac + java, the jar taken from the local Maven repository
cd "$(dirname "$0")"
CP=$HOME/.m2/repository/com/github/librepdf/openpdf/1.3.43/openpdf-1.3.43.jar
mkdir -p /tmp/cavarzere-build
javac -encoding UTF-8 -cp "$CP" -d /tmp/cavarzere-build Delibera.java
java -cp "$CP:/tmp/cavarzere-build" Delibera ../../deliberazione-cavarzere-venis.pdf
