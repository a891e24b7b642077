package cli

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"strings"
	"testing"

	"github.com/openalbo/albo/internal/cmdutil"
	"github.com/spf13/cobra"
)

// TestEveryCommandExplainsItself: each command's --help says what it does
// (a short line and a longer description) and shows examples, and every
// command that prints data offers --json.
func TestEveryCommandExplainsItself(t *testing.T) {
	var level slog.LevelVar
	root := NewCmdRoot(&cmdutil.Factory{IO: &cmdutil.IOStreams{}, Logger: slog.New(slog.DiscardHandler)}, &level)
	var walk func(*cobra.Command)
	walk = func(c *cobra.Command) {
		t.Run(c.CommandPath(), func(t *testing.T) {
			if c.Short == "" || c.Long == "" || strings.TrimSpace(c.Example) == "" {
				t.Errorf("short %q, long %d bytes, example %q: want all three", c.Short, len(c.Long), c.Example)
			}
			if strings.HasSuffix(c.Short, ".") {
				t.Errorf("short %q ends with a full stop", c.Short)
			}
		})
		for _, sub := range c.Commands() {
			if !sub.Hidden && sub.Name() != "help" && sub.Name() != "completion" {
				walk(sub)
			}
		}
	}
	walk(root)
	for _, path := range [][]string{{"extract"}, {"corpus", "add"}, {"corpus", "ls"}, {"corpus", "show"}, {"corpus", "verify"}, {"crawl"}, {"eval"}, {"version"}} {
		c, _, err := root.Find(path)
		if err != nil || c.Flags().Lookup("json") == nil {
			t.Errorf("%q: no --json flag (%v)", path, err)
		}
	}
}

func TestVersion(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"version"}, "albo "},
		{[]string{"version", "--json"}, `{"version":"albo `},
		{[]string{"--version"}, "albo "},
	} {
		code, stdout, stderr := runAlbo(t, tt.args...)
		if code != cmdutil.ExitOK || stderr != "" || !strings.HasPrefix(stdout, tt.want) || strings.Count(stdout, "\n") != 1 {
			t.Errorf("%q: exit %d, stdout %q, stderr %q; want one line starting %q", tt.args, code, stdout, stderr, tt.want)
		}
	}
}

// TestInterruptIsOneLine: a command stopped by Ctrl-C says so once, not
// once per file it was reading and again for the command.
func TestInterruptIsOneLine(t *testing.T) {
	for _, args := range [][]string{
		{"extract", fixturePDF, fixturePDF},
		{"corpus", "add", "--corpus", t.TempDir(), fixturePDF, fixturePDF},
	} {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		var out, errOut bytes.Buffer
		code := Run(ctx, &cmdutil.IOStreams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut}, args)
		if code != cmdutil.ExitFailed || out.Len() != 0 || errOut.String() != "albo: interrupted\n" {
			t.Errorf("%q: exit %d, stdout %.80q, stderr %q; want 1 and one line", args, code, out.String(), errOut.String())
		}
	}
}

// TestHelpCommand: help for a command prints it; help for a command that
// does not exist is a usage error, not the root's help and success.
func TestHelpCommand(t *testing.T) {
	for _, tt := range []struct {
		args []string
		code int
		out  string
	}{
		{[]string{"help", "extract"}, cmdutil.ExitOK, "Examples:"},
		{[]string{"help", "corpus", "verify"}, cmdutil.ExitOK, "albo corpus verify"},
		{[]string{"help", "extrat"}, cmdutil.ExitUsage, ""},
		{[]string{"help", "corpus", "lsit"}, cmdutil.ExitUsage, ""},
	} {
		code, stdout, stderr := runAlbo(t, tt.args...)
		if code != tt.code || !strings.Contains(stdout, tt.out) || (code != cmdutil.ExitOK) != (strings.Count(stderr, "\n") == 1) {
			t.Errorf("%q: exit %d, stdout %.100q, stderr %q; want exit %d", tt.args, code, stdout, stderr, tt.code)
		}
	}
}

// TestUsageErrorsExitTwo: cobra's own argument validators and flag parser
// decide a bad invocation (exit status 2, one line naming what is wrong),
// without the error's text being matched; no argument at all prints help.
func TestUsageErrorsExitTwo(t *testing.T) {
	for _, tt := range []struct {
		args   []string
		code   int
		stderr string
	}{
		{nil, cmdutil.ExitOK, ""},
		{[]string{"bogus"}, cmdutil.ExitUsage, `albo: unknown command "bogus" for "albo"` + "\n"},
		{[]string{"extrat"}, cmdutil.ExitUsage, `albo: unknown command "extrat" for "albo" (did you mean "extract")` + "\n"},
		{[]string{"--bogus"}, cmdutil.ExitUsage, "albo: unknown flag: --bogus\n"},
		{[]string{"extract", "--bogus", "x.pdf"}, cmdutil.ExitUsage, "albo: unknown flag: --bogus\n"},
		{[]string{"diff", "a"}, cmdutil.ExitUsage, "albo: accepts 2 arg(s), received 1\n"},
		{[]string{"version", "x"}, cmdutil.ExitUsage, `albo: unknown command "x" for "albo version"` + "\n"},
		{[]string{"corpus", "ls", "x"}, cmdutil.ExitUsage, `albo: unknown command "x" for "albo corpus ls"` + "\n"},
		{[]string{"eval", "--gold", "g"}, cmdutil.ExitUsage, "albo: accepts 1 arg(s), received 0\n"},
	} {
		code, stdout, stderr := runAlbo(t, tt.args...)
		if code != tt.code || stderr != tt.stderr || (code == cmdutil.ExitOK) != strings.Contains(stdout, "Usage:") {
			t.Errorf("%q: exit %d, stdout %.60q, stderr %q; want exit %d, stderr %q", tt.args, code, stdout, stderr, tt.code, tt.stderr)
		}
	}
}

// TestEveryArgsValidatorIsAUsageError: every command's argument validator
// answers a wrong count with a usage error (through cmdutil.UsageArgs), so a command
// added later cannot turn a bad invocation into exit status 1.
func TestEveryArgsValidatorIsAUsageError(t *testing.T) {
	var level slog.LevelVar
	root := NewCmdRoot(&cmdutil.Factory{IO: &cmdutil.IOStreams{}, Logger: slog.New(slog.DiscardHandler)}, &level)
	var walk func(*cobra.Command)
	walk = func(cmd *cobra.Command) {
		if cmd.Args != nil {
			for _, args := range [][]string{nil, {"a", "b", "c", "d", "e", "f", "g", "h"}} {
				var ue cmdutil.UsageError
				if err := cmd.Args(cmd, args); err != nil && !errors.As(err, &ue) {
					t.Errorf("%s with %d arguments: %v is not a usage error; wrap its Args in cmdutil.UsageArgs", cmd.CommandPath(), len(args), err)
				}
			}
		}
		for _, c := range cmd.Commands() {
			walk(c)
		}
	}
	walk(root)
}
