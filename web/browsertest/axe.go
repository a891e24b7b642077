package browsertest

import (
	"fmt"
	"github.com/openalbo/albo/internal/testenv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// AxeInstall is the command that installs axe-core where AxeSource finds
// it: node_modules at the root of the repository.
const AxeInstall = "npm install --no-save --no-package-lock --no-audit --no-fund --prefix . axe-core@4.11"

// axeRules are the rule tags of WCAG 2.1 level AA (and A).
const axeRules = `["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]`

// AxeSource reads axe-core's axe.min.js: from $ALBO_AXE_JS, else from the
// node_modules of the repository (or of a folder above the test's). The
// accessibility checks are part of the browser tests: without it the test
// fails, naming the command that installs it.
func AxeSource(t testing.TB) string {
	t.Helper()
	var tried []string
	if p := os.Getenv("ALBO_AXE_JS"); p != "" {
		tried = append(tried, p)
	}
	if dir, err := os.Getwd(); err == nil {
		for {
			tried = append(tried, filepath.Join(dir, "node_modules", "axe-core", "axe.min.js"))
			parent := filepath.Dir(dir)
			if parent == dir {
				break
			}
			dir = parent
		}
	}
	for _, p := range tried {
		if data, err := os.ReadFile(p); err == nil {
			return string(data)
		}
	}
	testenv.Unavailable(t, "axe-core is not installed (looked in $ALBO_AXE_JS and %s): run `%s` at the root of the repository", strings.Join(tried[:min(2, len(tried))], ", "), AxeInstall)
	return ""
}

// Violation is one WCAG rule a page breaks, as axe-core reports it.
type Violation struct {
	ID     string `json:"id"`
	Impact string `json:"impact"`
	Help   string `json:"help"`
	Nodes  []struct {
		Target  []any  `json:"target"`
		Summary string `json:"failureSummary"`
	} `json:"nodes"`
}

func (v Violation) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s (%s): %s", v.ID, v.Impact, v.Help)
	for i, n := range v.Nodes {
		if i == 3 {
			fmt.Fprintf(&b, "\n    … and %d more", len(v.Nodes)-3)
			break
		}
		fmt.Fprintf(&b, "\n    %v: %s", n.Target, strings.ReplaceAll(n.Summary, "\n", " "))
	}
	return b.String()
}

// Audit runs axe-core's WCAG 2.1 AA rules on the page shown and returns
// what they find. The script is injected through the DevTools protocol,
// which the site's Content-Security-Policy does not govern.
func (b *Browser) Audit(t testing.TB, step, axe string) []Violation {
	t.Helper()
	b.Do(t, step+": inject axe-core", chromedp.Evaluate[chromedp.Void](axe))
	return Value(t, b, step+": run axe-core", chromedp.Evaluate[[]Violation](
		`axe.run(document, {runOnly: {type: "tag", values: `+axeRules+`}, resultTypes: ["violations"]}).then(r => r.violations)`,
		chromedp.EvalAwaitPromise))
}
