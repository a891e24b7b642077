#!/bin/sh
# Java 17 + openhtmltopdf 1.0.10 (PDFBox) from the XHTML template
set -e
cd "$(dirname "$0")"
mvn -q -B compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
java -cp "target/classes:$(cat target/cp.txt)" Print ordinanza.xhtml "$1/ordinanza-caramanicoterme-openhtmltopdf.pdf" 2>/dev/null
rm -rf target
