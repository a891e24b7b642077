#!/bin/sh
# compiles and runs the OpenPDF program (jar taken from the local Maven repository)
cd "$(dirname "$0")"
CP=$HOME/.m2/repository/com/github/librepdf/openpdf/1.3.30/openpdf-1.3.30.jar
B=$(dirname "$1")/.tmp/d07; mkdir -p "$B"
javac -encoding UTF-8 -cp "$CP" -d "$B" Ordinanza.java && java -cp "$CP:$B" Ordinanza "$1"
