package cli

import (
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/openalbo/albo/internal/replica"
)

// readmeExample is one command of a sh block of the README: its words,
// the file its output goes to (> FILE), and what its "# →" comment says
// it prints.
type readmeExample struct {
	line   string
	args   []string
	output string
	prints string
}

var shBlock = regexp.MustCompile("(?s)```sh\n(.*?)```")

// readmeExamples reads every albo command and export of the README's sh
// blocks, in order.
func readmeExamples(t *testing.T, readme string) []readmeExample {
	t.Helper()
	var out []readmeExample
	for _, block := range shBlock.FindAllStringSubmatch(readme, -1) {
		for _, line := range strings.Split(block[1], "\n") {
			cmd, comment, _ := strings.Cut(line, "#")
			cmd = strings.TrimSpace(cmd)
			if cmd == "" {
				continue
			}
			ex := readmeExample{line: strings.TrimSpace(line)}
			if _, prints, ok := strings.Cut(comment, "→"); ok {
				ex.prints = strings.TrimSpace(prints)
			}
			if before, file, ok := strings.Cut(cmd, ">"); ok {
				cmd, ex.output = strings.TrimSpace(before), strings.TrimSpace(file)
			}
			words, err := shellWords(cmd)
			if err != nil {
				t.Fatalf("README: %q: %v", line, err)
			}
			ex.args = words
			out = append(out, ex)
		}
	}
	return out
}

// shellWords splits a command line as sh does for the README's commands:
// spaces separate words, double or single quotes keep them together.
func shellWords(s string) ([]string, error) {
	var words []string
	var word strings.Builder
	inWord, quote := false, rune(0)
	for _, r := range s {
		switch {
		case quote != 0 && r == quote:
			quote = 0
		case quote != 0:
			word.WriteRune(r)
		case r == '"' || r == '\'':
			quote, inWord = r, true
		case unicode.IsSpace(r):
			if inWord {
				words, inWord = append(words, word.String()), false
				word.Reset()
			}
		default:
			word.WriteRune(r)
			inWord = true
		}
	}
	if quote != 0 {
		return nil, os.ErrInvalid
	}
	if inWord {
		words = append(words, word.String())
	}
	return words, nil
}

// TestReadmeExamples runs every example of the README (albo, go run
// ./cmd/albo or albo-extract; not make, whose targets run this suite), in
// order, from a folder that holds the checkout's testdata: each exits 0 and prints what
// its comment says. A command that serves is started, seen serving and
// stopped (on a free port: 8080 may be taken); a crawl goes to the local
// replica of the Milano Albo rather than the real site.
func TestReadmeExamples(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	testdata, err := filepath.Abs("../../testdata")
	if err != nil {
		t.Fatal(err)
	}
	work := t.TempDir()
	if err := os.Symlink(testdata, filepath.Join(work, "testdata")); err != nil {
		t.Fatal(err)
	}
	t.Chdir(work)
	t.Setenv("TMPDIR", t.TempDir()) // albo demo's corpus goes there
	site := httptest.NewServer(replica.NewSamples())
	defer site.Close()

	examples := readmeExamples(t, string(readme))
	ran := 0
	for _, ex := range examples {
		if ex.args[0] == "export" {
			name, value, _ := strings.Cut(ex.args[1], "=")
			t.Setenv(name, value)
			continue
		}
		var args []string
		run := runAlbo
		switch {
		case ex.args[0] == "albo-extract":
			args, run = ex.args[1:], runAlboExtract
		case ex.args[0] == "albo":
			args = ex.args[1:]
		case len(ex.args) > 2 && ex.args[0] == "go" && ex.args[1] == "run" && ex.args[2] == "./cmd/albo":
			args = ex.args[3:]
		case ex.args[0] == "make":
			continue // the make targets run this very suite, or benchmarks
		default:
			t.Errorf("README: %q is not an albo command", ex.line)
			continue
		}
		for i, a := range args {
			args[i] = os.ExpandEnv(a)
		}
		ran++
		switch args[0] {
		case "serve", "demo":
			if !containsFlag(args, "--addr") {
				args = append(args, "--addr", "127.0.0.1:0")
			}
			url, stop := startAlbo(t, args...)
			if code, stderr := stop(); code != 0 || !strings.Contains("serving on "+url, ex.prints) {
				t.Errorf("README %q: exit %d, served %s, want %q: %s", ex.line, code, url, ex.prints, stderr)
			}
			continue
		case "crawl":
			if !containsFlag(args, "--base-url") {
				args = append(args, "--base-url", site.URL, "--ignore-robots")
			}
		}
		code, stdout, stderr := run(t, args...)
		if code != 0 {
			t.Errorf("README %q: exit %d: %s", ex.line, code, stderr)
			continue
		}
		if ex.prints != "" && !strings.Contains(stdout, ex.prints) {
			t.Errorf("README %q: output lacks %q:\n%s", ex.line, ex.prints, stdout)
		}
		if ex.output != "" {
			if err := os.WriteFile(ex.output, []byte(stdout), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	t.Logf("%d README examples run", ran)
	if ran < 10 {
		t.Errorf("only %d examples found in the README", ran)
	}
}

func containsFlag(args []string, flag string) bool {
	for _, a := range args {
		if a == flag || strings.HasPrefix(a, flag+"=") {
			return true
		}
	}
	return false
}
