#!/bin/sh
# Ruby + Prawn 2.4 (Debian ruby-prawn, ruby-prawn-table)
set -e
cd "$(dirname "$0")"
ruby avviso.rb "$1/avviso-calasetta-prawn.pdf"
