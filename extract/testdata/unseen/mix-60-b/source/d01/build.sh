#!/bin/sh
# compiles and runs the OpenPDF program: $1 = output PDF, $2 = scratch dir
cd "$(dirname "$0")"
CP=$HOME/.m2/repository/com/github/librepdf/openpdf/1.3.30/openpdf-1.3.30.jar
mkdir -p "$2/d01"
javac -encoding UTF-8 -cp "$CP" -d "$2/d01" Beschluss.java && java -cp "$CP:$2/d01" Beschluss "$1"
