#!/bin/sh
cd "$(dirname "$0")" && go run spool.go det188.txt "$1"
