package searchnode

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/openalbo/albo/internal/loopback"
)

// TestAssemble: the server's jars go to lib, each module's to its folder
// with a descriptor naming its plugin class and a security policy.
func TestAssemble(t *testing.T) {
	jars := t.TempDir()
	for _, name := range []string{"opensearch-" + Version + ".jar", "lucene-core-9.12.3.jar", "netty-buffer-4.1.135.Final.jar",
		"transport-netty4-client-" + Version + ".jar", "analysis-common-" + Version + ".jar", "lang-painless-" + Version + ".jar",
		"asm-9.7.jar", "opensearch-scripting-painless-spi-" + Version + ".jar"} {
		if err := os.WriteFile(filepath.Join(jars, name), []byte("jar"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	home := filepath.Join(t.TempDir(), "home")
	if err := assemble(jars, home); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"lib/opensearch-" + Version + ".jar", "lib/lucene-core-9.12.3.jar",
		"modules/transport-netty4/netty-buffer-4.1.135.Final.jar", "modules/transport-netty4/transport-netty4-client-" + Version + ".jar",
		"modules/analysis-common/analysis-common-" + Version + ".jar",
		"modules/lang-painless/asm-9.7.jar", "modules/lang-painless/opensearch-scripting-painless-spi-" + Version + ".jar",
		"modules/lang-painless/plugin-security.policy", readyFile,
	} {
		if _, err := os.Stat(filepath.Join(home, want)); err != nil {
			t.Errorf("%s: %v", want, err)
		}
	}
	desc, err := os.ReadFile(filepath.Join(home, "modules/analysis-common/plugin-descriptor.properties"))
	if err != nil || !strings.Contains(string(desc), "classname=org.opensearch.analysis.common.CommonAnalysisPlugin\n") ||
		!strings.Contains(string(desc), "extended.plugins=lang-painless\n") {
		t.Errorf("analysis-common descriptor: %q, %v", desc, err)
	}
	// Without the server jar there is no home.
	os.Remove(filepath.Join(jars, "opensearch-"+Version+".jar"))
	if err := assemble(jars, filepath.Join(t.TempDir(), "home")); err == nil {
		t.Error("a home without the server jar was assembled")
	}
}

// TestNodeStartsAndStops: a node answers on its port, and is gone when
// Stop returns.
func TestNodeStartsAndStops(t *testing.T) {
	began := time.Now()
	c, err := Start(context.Background(), t.TempDir(), 1)
	Check(t, err)
	t.Logf("OpenSearch %s up in %.1fs", Version, time.Since(began).Seconds())
	n := c.Nodes[0]
	resp, err := http.Get(n.URL)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	began = time.Now()
	c.Stop()
	t.Logf("stopped in %.1fs", time.Since(began).Seconds())
	if resp, err := http.Get(n.URL); err == nil {
		resp.Body.Close()
		t.Errorf("%s still answers after Stop", n.URL)
	}
}

// TestStartsAgainWhenAPortIsTaken: a node whose HTTP port another program
// took after it was chosen exits; Start starts it again on other ports.
func TestStartsAgainWhenAPortIsTaken(t *testing.T) {
	ports, err := loopback.NewTakenFirst(0)
	if err != nil {
		t.Fatal(err)
	}
	defer ports.Close()
	choosePorts = ports.Ports
	defer func() { choosePorts = loopback.Ports }()
	began := time.Now()
	c, err := Start(context.Background(), t.TempDir(), 1)
	Check(t, err)
	defer c.Stop()
	t.Logf("up in %.1fs, the first start included", time.Since(began).Seconds())
	if len(ports.Chosen) != 2 {
		t.Errorf("ports chosen %d times (%v), want twice", len(ports.Chosen), ports.Chosen)
	}
	if want := fmt.Sprintf("http://127.0.0.1:%d", ports.Last(0)); c.Nodes[0].URL != want {
		t.Errorf("node at %s, want %s", c.Nodes[0].URL, want)
	}
	resp, err := http.Get(c.Nodes[0].URL)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
}
