#!/bin/sh
# needs Maven Central: mvn dependency:copy-dependencies -DoutputDirectory=lib
cd "$(dirname "$0")"; [ -d lib ] || mvn -q dependency:copy-dependencies -DoutputDirectory=lib
javac -cp 'lib/*' -d classes Render.java && java -cp 'classes:lib/*' Render determinazione.xhtml "$1"
