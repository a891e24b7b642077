#!/bin/sh
# needs openpdf-1.3.43.jar from Maven Central (com.github.librepdf:openpdf:1.3.43)
set -e
JAR=${OPENPDF_JAR:-$HOME/.m2/repository/com/github/librepdf/openpdf/1.3.43/openpdf-1.3.43.jar}
cd "$(dirname "$0")"; T=$(mktemp -d)
javac -d "$T" -cp "$JAR" Delibera.java && java -cp "$T:$JAR" Delibera "$1"; rm -rf "$T"
