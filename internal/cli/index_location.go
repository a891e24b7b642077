package cli

import (
	"context"
	"fmt"
	"path/filepath"

	"github.com/openalbo/albo/corpus"
	"github.com/openalbo/albo/index"
	_ "github.com/openalbo/albo/index/opensearch" // opensearch+http(s) locations
	"github.com/openalbo/albo/internal/cmdutil"
	"github.com/spf13/cobra"
)

// indexLocation is the root's --index: where the index keeps its
// documents. Empty (the default) is the bleve index inside the index
// folder; "opensearch+https://host:9200/albo" an OpenSearch cluster. The
// index's records of what it holds stay in the index folder either way.
var indexLocation string

// indexLocationHelp is the --index flag's description.
const indexLocationHelp = `where the index's documents live: empty for the bleve index inside the corpus (the default), bleve:PATH, or opensearch+https://HOST:9200/ALIAS (opensearch+http for a cluster on loopback)`

// openIndexIn opens the index whose records are in dir, its documents at
// --index.
func openIndexIn(ctx context.Context, dir string) (*index.Index, error) {
	return index.OpenAt(ctx, dir, indexLocation)
}

// indexDirOf is the folder of a corpus's search index: the folder
// --index-dir names, else the index folder inside a corpus folder. A corpus
// in a bucket keeps its index in a local folder, which --index-dir must name.
func indexDirOf(store *corpus.Store, flag string) (string, error) {
	if flag != "" {
		return flag, nil
	}
	if store.InBucket() {
		return "", cmdutil.Usage(fmt.Errorf("corpus %s is in a bucket: give --index-dir DIR, a local folder for its search index", store.Dir()))
	}
	return filepath.Join(store.Dir(), "index"), nil
}

// addIndexDirFlag adds --index-dir DIR to a command that builds or reads
// the index.
func addIndexDirFlag(cmd *cobra.Command, dir *string) {
	cmd.Flags().StringVar(dir, "index-dir", "", "folder of the search index (default: DIR/index inside a corpus folder; required with a corpus in a bucket)")
}
