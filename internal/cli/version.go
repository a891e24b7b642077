package cli

import (
	"fmt"

	"github.com/openalbo/albo/extract"
	"github.com/spf13/cobra"
)

// NewCmdVersion prints the extractor version that stamps every extraction.
func NewCmdVersion(f *Factory) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print albo's version",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			_, err := fmt.Fprintln(f.IO.Out, extract.Version)
			return err
		},
	}
}
