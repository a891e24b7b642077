package crawl_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http/httptest"
	"os"

	"github.com/openalbo/albo/corpus"
	"github.com/openalbo/albo/corpus/crawl"
	"github.com/openalbo/albo/internal/replica"
)

// Archive a local replica of the Milano Albo into a new corpus, then crawl
// it again: the second crawl finds nothing new and downloads nothing.
func ExampleRun() {
	site := httptest.NewServer(replica.New(replica.Config{Seed: 1, Days: 1, PerDay: 5}))
	defer site.Close()
	dir, _ := os.MkdirTemp("", "albo-example-")
	defer os.RemoveAll(dir)
	store, err := corpus.Open(dir)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer store.Close()

	for range 2 {
		sum, err := crawl.Run(context.Background(), store, crawl.Options{
			Profile: crawl.Milano{},
			BaseURL: site.URL,
			Fetch:   crawl.FetchConfig{UserAgent: crawl.UserAgent("example")},
		})
		if err != nil {
			fmt.Println(err)
			return
		}
		out, _ := json.Marshal(sum)
		fmt.Println(string(out))
	}
	// Output:
	// {"listed":5,"new":5,"updated":0,"unchanged":0,"failed":0}
	// {"listed":5,"new":0,"updated":0,"unchanged":5,"failed":0}
}
