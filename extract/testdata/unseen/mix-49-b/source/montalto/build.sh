#!/bin/sh
# compile and run the iText 7 program against the jars of the local Maven repository (not copied here)
set -e
R=$HOME/.m2/repository
CP=$(ls $R/com/itextpdf/kernel/7.2.5/*.jar $R/com/itextpdf/io/7.2.5/*.jar $R/com/itextpdf/layout/7.2.5/*.jar $R/com/itextpdf/commons/7.2.5/*.jar \
  $R/org/slf4j/slf4j-api/1.7.36/*.jar $R/org/slf4j/slf4j-nop/1.7.36/*.jar $R/org/bouncycastle/bc*-jdk15on/1.70/*.jar | tr '\n' ':')
T=$(mktemp -d)
javac -d $T -cp "$CP" "$(dirname "$0")/Attestazione.java"
java -cp "$T:$CP" Attestazione "$1"
rm -rf $T
