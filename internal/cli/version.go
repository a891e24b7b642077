package cli

import (
	"encoding/json"
	"fmt"
	"runtime"

	"github.com/openalbo/albo/extract"
	"github.com/openalbo/albo/internal/cmdutil"
	"github.com/spf13/cobra"
)

// NewCmdVersion prints the extractor version that stamps every extraction.
func NewCmdVersion(f *cmdutil.Factory) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "version [--json]",
		Short: "Print albo's version",
		Long: `Print albo's version: the extractor version that stamps every extraction
("extractor" in the JSON of albo extract), by which 'albo extract --corpus'
knows what is stale.`,
		Example: `  albo version
  albo version --json | jq -r .version`,
		Args: cmdutil.UsageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			if asJSON {
				return json.NewEncoder(f.IO.Out).Encode(struct {
					Version string `json:"version"`
					Go      string `json:"go"`
				}{extract.Version, runtime.Version()})
			}
			_, err := fmt.Fprintln(f.IO.Out, extract.Version)
			return err
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, `print {"version","go"}`)
	return cmd
}
