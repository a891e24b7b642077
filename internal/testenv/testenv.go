// Package testenv decides, in one place, what a test does when something it
// needs from outside the repository is missing: the shared reference
// material beside the checkout (../shared), or an external tool (pdftotext,
// tesseract, chromium). On a developer's machine the test is skipped, with
// how to make it run; where the project promises those things — CI, or
// wherever ALBO_REQUIRE_SHARED=1 — it fails, so that nothing is silently
// left untested.
package testenv

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// RequireEnv makes missing shared material and tools failures, not skips.
const RequireEnv = "ALBO_REQUIRE_SHARED"

// Required says whether a missing resource fails the test: in CI (CI is
// set) or where RequireEnv=1.
func Required() bool {
	return os.Getenv(RequireEnv) == "1" || os.Getenv("CI") != ""
}

// Unavailable ends the test for a missing resource: it fails where
// Required, and skips elsewhere, saying what is missing either way.
func Unavailable(t testing.TB, format string, args ...any) {
	t.Helper()
	if Required() {
		t.Fatalf(format, args...)
	}
	t.Skipf(format+" (set "+RequireEnv+"=1 to make this a failure)", args...)
}

// SharedDir is the folder ../shared/parts… beside the repository's root
// (the folder holding go.mod), found from the test's working directory.
func SharedDir(t testing.TB, parts ...string) string {
	t.Helper()
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	root := wd
	for {
		if _, err := os.Stat(filepath.Join(root, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(root)
		if parent == root {
			t.Fatalf("testenv: no go.mod above %s", wd)
		}
		root = parent
	}
	dir := filepath.Join(append([]string{root, "..", "shared"}, parts...)...)
	if _, err := os.Stat(dir); err != nil {
		Unavailable(t, "shared reference material %s is missing: %v", dir, err)
	}
	return dir
}

// Tool is the path of an external command, or the test ends as
// Unavailable saying how to install it.
func Tool(t testing.TB, name, install string) string {
	t.Helper()
	path, err := exec.LookPath(name)
	if err != nil {
		Unavailable(t, "%s is not installed (%s)", name, install)
	}
	return path
}
