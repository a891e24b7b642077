#!/bin/sh
cd "$(dirname "$0")"
JAR=$HOME/.m2/repository/com/github/librepdf/openpdf/1.3.43/openpdf-1.3.43.jar
mkdir -p build && javac -d build -cp "$JAR" Sermoneta.java && java -cp "build:$JAR" Sermoneta ../determina-sermoneta-docmosis.pdf
