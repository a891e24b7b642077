package cmdutil

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"log/slog"
	"os"
	"strings"
	"testing"

	"github.com/spf13/cobra"
)

// TestRunExitStatus: what a command returns chooses the exit status and
// the one line on standard error of contract/CLI.md.
func TestRunExitStatus(t *testing.T) {
	for _, tt := range []struct {
		name       string
		err        error
		cancel     bool
		wantCode   int
		wantStderr string
	}{
		{"success", nil, false, ExitOK, ""},
		{"failures reported", Failed(3), false, ExitFailed, ""},
		{"failures reported, wrapped", fmt.Errorf("crawl: %w", Failed(1)), false, ExitFailed, ""},
		{"usage", Usage(errors.New("give a FILE")), false, ExitUsage, "albo: give a FILE\n"},
		{"usage, wrapped", fmt.Errorf("extract: %w", Usage(errors.New("bad"))), false, ExitUsage, "albo: extract: bad\n"},
		{"other failure", errors.New("disk full"), false, ExitFailed, "albo: disk full\n"},
		{"line break in a name", errors.New("open a\nb.pdf: missing"), false, ExitFailed, "albo: open a\\nb.pdf: missing\n"},
		{"interrupted", context.Canceled, true, ExitFailed, "albo: interrupted\n"},
		{"canceled, not by the user", context.Canceled, false, ExitFailed, "albo: context canceled\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ctx, cancel := context.WithCancel(t.Context())
			defer cancel()
			if tt.cancel {
				cancel()
			}
			var out, errOut strings.Builder
			newRoot := func(f *Factory, level *slog.LevelVar) *cobra.Command {
				root := &cobra.Command{Use: "prova", RunE: func(*cobra.Command, []string) error { return tt.err }}
				SetUpRoot(root, level)
				return root
			}
			code := Run(ctx, &IOStreams{Out: &out, ErrOut: &errOut}, nil, false, newRoot)
			if code != tt.wantCode || errOut.String() != tt.wantStderr || out.Len() != 0 {
				t.Errorf("exit %d, stderr %q, stdout %q; want %d, %q, nothing", code, errOut.String(), out.String(), tt.wantCode, tt.wantStderr)
			}
		})
	}
}

// TestLibraryLogsAtDebug: what a library logs through the standard log
// package, in a process a command ends, is a debug record of the
// command's logger: not on standard error beside the command's one line
// of failure, unless --log-level debug asks for it.
func TestLibraryLogsAtDebug(t *testing.T) {
	defer func() { // the log package's default, for the other tests
		slog.SetDefault(slog.New(slog.NewTextHandler(os.Stderr, nil)))
		log.SetOutput(os.Stderr)
		log.SetFlags(log.LstdFlags)
	}()
	for _, tt := range []struct {
		args []string
		want bool
	}{
		{nil, false},
		{[]string{"--log-level", "debug"}, true},
	} {
		var errOut strings.Builder
		newRoot := func(f *Factory, level *slog.LevelVar) *cobra.Command {
			root := &cobra.Command{Use: "prova", RunE: func(*cobra.Command, []string) error {
				log.Printf("got err removing file: 000000000009.zap")
				return errors.New("disk full")
			}}
			SetUpRoot(root, level)
			return root
		}
		code := Run(t.Context(), &IOStreams{Out: io.Discard, ErrOut: &errOut}, tt.args, true, newRoot)
		logged := strings.Contains(errOut.String(), "000000000009.zap")
		if code != ExitFailed || logged != tt.want || !strings.HasSuffix(errOut.String(), "albo: disk full\n") {
			t.Errorf("%v: exit %d, stderr %q; want the library's line %v, then the failure", tt.args, code, errOut.String(), tt.want)
		}
	}
}

// TestSetUpRoot: the flags every albo binary's root has.
func TestSetUpRoot(t *testing.T) {
	for _, tt := range []struct {
		args       []string
		wantCode   int
		wantLevel  slog.Level
		wantStdout string
	}{
		{[]string{"--log-level", "debug"}, ExitOK, slog.LevelDebug, "ran\n"},
		{[]string{"--log-level", "loud"}, ExitUsage, slog.LevelInfo, ""},
		{[]string{"--no-such-flag"}, ExitUsage, slog.LevelInfo, ""},
		{[]string{"--version"}, ExitOK, slog.LevelInfo, "albo "},
	} {
		var level *slog.LevelVar
		var out, errOut strings.Builder
		code := Run(t.Context(), &IOStreams{Out: &out, ErrOut: &errOut}, tt.args, false, func(f *Factory, l *slog.LevelVar) *cobra.Command {
			level = l
			root := &cobra.Command{Use: "prova", RunE: func(cmd *cobra.Command, _ []string) error {
				_, err := fmt.Fprintln(cmd.OutOrStdout(), "ran")
				return err
			}}
			SetUpRoot(root, l)
			return root
		})
		if code != tt.wantCode || !strings.HasPrefix(out.String(), tt.wantStdout) || (code == ExitOK) != (errOut.Len() == 0) {
			t.Errorf("%q: exit %d, stdout %q, stderr %q; want %d, %q", tt.args, code, out.String(), errOut.String(), tt.wantCode, tt.wantStdout)
		}
		if tt.wantCode == ExitOK && level.Level() != tt.wantLevel {
			t.Errorf("%q: log level %v, want %v", tt.args, level.Level(), tt.wantLevel)
		}
	}
}

func TestCorpusDir(t *testing.T) {
	for _, tt := range []struct{ flag, env, want string }{
		{"", "", DefaultCorpus},
		{"", "/srv/albo", "/srv/albo"},
		{"./mio", "/srv/albo", "./mio"},
	} {
		t.Setenv("ALBO_CORPUS", tt.env)
		if got := CorpusDir(tt.flag); got != tt.want {
			t.Errorf("flag %q, $ALBO_CORPUS %q: %q, want %q", tt.flag, tt.env, got, tt.want)
		}
	}
}
