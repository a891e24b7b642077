#!/bin/sh
# $1 = output pdf; needs com.itextpdf:layout:7.2.5 (Maven Central)
set -e
cd "$(dirname "$0")"
mvn -q dependency:copy-dependencies -DoutputDirectory=lib
mkdir -p classes
javac -cp 'lib/*' -d classes Determina.java
java -cp 'lib/*:classes' Determina "$1"
rm -rf lib classes
