// Command fetch assembles the OpenSearch home the tests run (see package
// searchnode) in its cache folder and prints where; CI runs it before the
// tests so that the download is not timed as a test:
//
//	go run ./internal/searchnode/fetch
package main

import (
	"context"
	"fmt"
	"os"

	"github.com/openalbo/albo/internal/searchnode"
)

func main() {
	home, err := searchnode.Fetch(context.Background())
	if err != nil {
		fmt.Fprintln(os.Stderr, "searchnode fetch:", err)
		os.Exit(1)
	}
	fmt.Println(home)
}
