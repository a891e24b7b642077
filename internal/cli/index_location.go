package cli

import (
	"fmt"
	"path/filepath"

	"github.com/openalbo/albo/corpus"
	"github.com/spf13/cobra"
)

// indexDirOf is where the search index of a corpus lives: the folder
// --index names, else the index folder inside a corpus folder. A corpus in
// a bucket keeps its index in a local folder, which --index must name.
func indexDirOf(store *corpus.Store, flag string) (string, error) {
	if flag != "" {
		return flag, nil
	}
	if store.InBucket() {
		return "", usageError{fmt.Errorf("corpus %s is in a bucket: give --index DIR, a local folder for its search index", store.Dir())}
	}
	return filepath.Join(store.Dir(), "index"), nil
}

// addIndexFlag adds --index DIR to a command that builds or reads the index.
func addIndexFlag(cmd *cobra.Command, dir *string) {
	cmd.Flags().StringVar(dir, "index", "", "folder of the search index (default: DIR/index inside a corpus folder; required with a corpus in a bucket)")
}
