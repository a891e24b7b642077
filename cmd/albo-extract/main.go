// Command albo-extract is `albo extract FILE...` alone: the same records,
// errors and exit statuses, from a binary that links no corpus, index or
// web packages and so starts as a small program does. See
// internal/extractcmd.
package main

import (
	"os"

	"github.com/openalbo/albo/internal/cmdutil"
	"github.com/openalbo/albo/internal/extractcmd"
)

func main() { os.Exit(cmdutil.Main(extractcmd.NewCmdRoot)) }
