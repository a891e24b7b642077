#!/bin/sh
# 04: Java + iText 5.5.13 (Debian libitext5-java)
set -e
S=$(cd "$(dirname "$0")" && pwd); O=$S/..; T=$(mktemp -d)
CP=/usr/share/java/itext5.jar
javac -encoding UTF-8 -cp $CP -d "$T" "$S/04_portomaggiore/Determina.java"
java -cp "$CP:$T" Determina "$O/determinazione-portomaggiore-itext.pdf"
rm -rf "$T"
