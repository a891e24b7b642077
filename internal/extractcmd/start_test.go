package extractcmd

import (
	"strings"
	"testing"

	"github.com/openalbo/albo/internal/inittrace"
)

// TestLinksOnlyWhatReadingNeeds: albo-extract starts light because this
// package links neither the rest of albo nor net/http. The init trace of
// this test binary, which links the package as albo-extract does, names
// none of them; the extractor itself is there.
func TestLinksOnlyWhatReadingNeeds(t *testing.T) {
	forbidden := []string{
		"github.com/openalbo/albo/corpus", "github.com/openalbo/albo/batch", "github.com/openalbo/albo/archive",
		"github.com/openalbo/albo/index", "github.com/openalbo/albo/web", "github.com/openalbo/albo/internal/cli",
		"github.com/openalbo/albo/internal/s3", "github.com/blevesearch/", "net/http", "crypto/tls", "html/template",
	}
	extractor := false
	for _, p := range inittrace.Run(t) {
		extractor = extractor || p.Path == "github.com/openalbo/albo/extract"
		for _, f := range forbidden {
			if p.Path == f || strings.HasPrefix(p.Path, strings.TrimSuffix(f, "/")+"/") {
				t.Errorf("%s is initialised at every start of albo-extract: extractcmd must not link it", p.Path)
			}
		}
	}
	if !extractor {
		t.Error("the init trace does not name the extractor: it cannot tell what is linked")
	}
}
