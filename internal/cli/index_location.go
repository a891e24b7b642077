package cli

import (
	"context"

	"github.com/openalbo/albo/index"
	_ "github.com/openalbo/albo/index/opensearch" // opensearch+http(s) locations
)

// indexLocation is the root's --index: where the index keeps its
// documents. Empty (the default) is the bleve index inside the corpus;
// "opensearch+https://host:9200/albo" an OpenSearch cluster. The index's
// records of what it holds stay in the corpus's index folder either way.
var indexLocation string

// indexLocationHelp is the --index flag's description.
const indexLocationHelp = `where the index's documents live: empty for the bleve index inside the corpus (the default), bleve:PATH, or opensearch+https://HOST:9200/ALIAS (opensearch+http for a cluster on loopback)`

// openIndexIn opens the index whose records are in dir, its documents at
// --index.
func openIndexIn(ctx context.Context, dir string) (*index.Index, error) {
	return index.OpenAt(ctx, dir, indexLocation)
}
