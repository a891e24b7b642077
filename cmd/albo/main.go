// Command albo archives, extracts, indexes and serves the acts of an Albo
// Pretorio on line. See README.md and the contracts it links.
package main

import (
	"os"

	"github.com/openalbo/albo/internal/cli"
)

func main() { os.Exit(cli.Main()) }
