// Package browsertest drives a headless Chromium through albo's pages for
// the tests of the web package and of the commands that serve it.
//
// When no Chromium is installed the tests are skipped on a developer's
// machine but fail where the browser must be present: when CI or
// ALBO_REQUIRE_SHARED is set. When a step fails, a screenshot of the page
// is written to a folder under the system's temporary directory and its
// path is logged, so the failure can be looked at after the test is gone.
package browsertest

import (
	"context"
	"fmt"
	"github.com/openalbo/albo/internal/testenv"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// stepTimeout bounds one step; a page of albo renders in milliseconds.
const stepTimeout = 30 * time.Second

// Browser is one headless Chromium with one tab.
type Browser struct {
	ctx     context.Context
	dialogs atomic.Int32
	shots   string
}

// executable finds Debian's chromium or another Chrome on PATH.
func executable() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// New starts a browser for the test and stops it when the test ends.
func New(t testing.TB) *Browser {
	t.Helper()
	path := executable()
	if path == "" {
		testenv.Unavailable(t, "chromium is not installed (apt-get install chromium); browser tests are required here")
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 1000),
	)
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(alloc)
	t.Cleanup(func() { cancelCtx(); cancelAlloc() })
	b := &Browser{ctx: ctx}
	dialogs := chromedp.Events(ctx, page.JavascriptDialogOpening)
	if err := chromedp.Do(ctx); err != nil { // starts the browser, without a timeout
		t.Fatalf("start %s: %v", path, err)
	}
	go func() {
		for _, err := range dialogs {
			if err != nil {
				return
			}
			b.dialogs.Add(1)
			_, _ = chromedp.Call(ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false})
		}
	}()
	return b
}

// Dialogs counts the JavaScript dialogs (alert, confirm, prompt) the pages
// opened: a page of albo opens none, so any is an injected script.
func (b *Browser) Dialogs() int { return int(b.dialogs.Load()) }

// Do runs the actions of one step; on failure it saves a screenshot and
// fails the test.
func (b *Browser) Do(t testing.TB, step string, actions ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	Value(t, b, step, chromedp.Steps(actions...))
}

// Value runs one action that returns a value, as Do does.
func Value[T any](t testing.TB, b *Browser, step string, a chromedp.Action[T]) T {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, stepTimeout)
	defer cancel()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		t.Fatalf("%s: %v (screenshot: %s)", step, err, b.screenshot(step))
	}
	return v
}

// Text is the text content of the first element sel matches.
func (b *Browser) Text(t testing.TB, step, sel string) string {
	t.Helper()
	return Value(t, b, step, chromedp.TextContent(chromedp.CSS(sel)))
}

// Location is the address of the page shown.
func (b *Browser) Location(t testing.TB) string {
	t.Helper()
	return Value(t, b, "location", chromedp.Location())
}

// Viewport sets the size of the window the pages are laid out in.
func (b *Browser) Viewport(t testing.TB, width, height int) {
	t.Helper()
	b.Do(t, fmt.Sprintf("viewport %dx%d", width, height), chromedp.EmulateViewport(int64(width), int64(height)))
}

// Screenshot saves the whole page for review, in the folder every
// screenshot of this browser goes to (kept after the test), and returns
// its path.
func (b *Browser) Screenshot(name string) string { return b.screenshot(name) }

// screenshot saves the page as PNG and returns its path (or why it could
// not).
func (b *Browser) screenshot(step string) string {
	if b.shots == "" {
		dir, err := os.MkdirTemp("", "albo-browser-")
		if err != nil {
			return err.Error()
		}
		b.shots = dir
	}
	ctx, cancel := context.WithTimeout(b.ctx, 10*time.Second)
	defer cancel()
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100)) // 100: PNG, not JPEG
	if err != nil {
		return fmt.Sprintf("none: %v", err)
	}
	name := strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' {
			return r
		}
		return '-'
	}, strings.ToLower(step))
	path := filepath.Join(b.shots, name+".png")
	if err := os.WriteFile(path, png, 0o644); err != nil {
		return err.Error()
	}
	return path
}

// click follows the first element sel matches as a reader's click does,
// once it is visible. The click is dispatched in the page: a protocol-level
// click can target a node id that a page still loading has replaced.
func click(sel string) chromedp.Action[chromedp.Void] {
	return chromedp.Steps(
		chromedp.WaitVisible(chromedp.CSS(sel)),
		chromedp.Evaluate[chromedp.Void](fmt.Sprintf(
			`document.querySelector(%q).dispatchEvent(new MouseEvent("click", {bubbles: true, cancelable: true, view: window}))`, sel)),
	)
}

// count is the number of elements a CSS selector matches.
func count(sel string) chromedp.Action[int] {
	return chromedp.Evaluate[int](fmt.Sprintf("document.querySelectorAll(%q).length", sel))
}

// Journey walks the path of a reader through the site at base: search for
// query, narrow to the first directorate of the facets, open an objective
// and its history, open the transfers between directorates and one flow,
// then follow the link to the act. It fails the test at the first step that
// does not work.
func Journey(t testing.TB, b *Browser, base, query string) {
	t.Helper()
	b.Do(t, "open the search page", chromedp.Navigate(base+"/"), chromedp.WaitVisible(chromedp.ID("q")))
	b.Do(t, "search "+query,
		chromedp.SendKeys(chromedp.ID("q"), query),
		chromedp.Submit(chromedp.ID("q")),
		// the value attribute is the server's: only the answer's page has it
		chromedp.WaitVisible(chromedp.CSS("#q[value="+strconv.Quote(query)+"]")),
		chromedp.WaitVisible(chromedp.ID("summary")))
	if n := Value(t, b, "count the hits", count("ol.hits li.hit")); n == 0 {
		t.Fatalf("search %q: no hits (screenshot: %s)", query, b.screenshot("no hits"))
	}
	facet := "#facets .facet-directorate li a"
	directorate := b.Text(t, "read the first directorate facet", facet)
	b.Do(t, "click the directorate facet "+directorate,
		click(facet),
		chromedp.WaitVisible(chromedp.ID("active-filters")))
	if got := b.Text(t, "read the active filter", "#active-filters"); !strings.Contains(got, directorate) {
		t.Errorf("active filters %q do not name %q", got, directorate)
	}
	b.Do(t, "open an objective",
		click("ol.hits li.hit-objective a.hit-title"),
		chromedp.WaitVisible(chromedp.ID("objective-text")))
	if n := Value(t, b, "count the revisions in the history", count("#history ol.timeline li")); n == 0 {
		t.Fatalf("the objective's history shows no revision (screenshot: %s)", b.screenshot("empty history"))
	}
	b.Do(t, "open the transfers",
		click("#nav-transfers"),
		chromedp.WaitVisible(chromedp.ID("transfers-matrix")))
	if n := Value(t, b, "count the flows", count("#transfers-matrix a.flow")); n == 0 {
		t.Fatalf("the transfers matrix draws no flow (screenshot: %s)", b.screenshot("no flows"))
	}
	b.Do(t, "open a flow",
		click("#transfers-matrix a.flow"),
		chromedp.WaitVisible(chromedp.ID("flow-selected")),
		chromedp.WaitVisible(chromedp.CSS("#flussi a.transfer")))
	b.Do(t, "follow the link to the act",
		click("#transfers-act"),
		chromedp.WaitVisible(chromedp.ID("act-subject")))
	if !strings.Contains(b.Location(t), "/acts/") {
		t.Errorf("the act link led to %s", b.Location(t))
	}
}
