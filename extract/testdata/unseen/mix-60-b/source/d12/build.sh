#!/bin/sh
# compiles and runs the PDFBox 1.8 program (Debian jars): $1 = output PDF, $2 = scratch dir
cd "$(dirname "$0")"
CP=/usr/share/java/pdfbox.jar:/usr/share/java/fontbox.jar:/usr/share/java/commons-logging.jar
mkdir -p "$2/d12"
javac -encoding UTF-8 -cp "$CP" -d "$2/d12" Convocazione.java && java -cp "$CP:$2/d12" Convocazione "$1"
