// Package searchnode runs real OpenSearch nodes on loopback for tests: it
// assembles an OpenSearch 2.19 home from the artifacts Maven Central
// publishes (the server jar and its dependencies, the netty4 transport,
// the common analysis and Painless modules), once, in a cache folder, and
// starts `java org.opensearch.bootstrap.OpenSearch` on free ports of
// 127.0.0.1.
//
// OpenSearch 2.19 runs on Java 17; 3.x needs Java 21. The tar distribution
// is not on Maven Central, so the home is built here: the modules get the
// plugin descriptors and security policies the distribution would ship.
package searchnode

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// Version is the OpenSearch release assembled.
const Version = "2.19.6"

// log4jVersion is the log4j-api the server depends on; log4j-core, which
// the server declares optional, must match it.
const log4jVersion = "2.25.4"

// pom lists what the home is made of; Maven resolves the rest.
var pom = `<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.openalbo</groupId>
  <artifactId>searchnode</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency><groupId>org.opensearch</groupId><artifactId>opensearch</artifactId><version>` + Version + `</version></dependency>
    <dependency><groupId>org.opensearch</groupId><artifactId>opensearch-plugin-classloader</artifactId><version>` + Version + `</version></dependency>
    <dependency><groupId>org.apache.logging.log4j</groupId><artifactId>log4j-core</artifactId><version>` + log4jVersion + `</version></dependency>
    <dependency><groupId>org.opensearch.plugin</groupId><artifactId>transport-netty4-client</artifactId><version>` + Version + `</version></dependency>
    <dependency><groupId>org.opensearch.plugin</groupId><artifactId>analysis-common</artifactId><version>` + Version + `</version></dependency>
    <dependency><groupId>org.opensearch.plugin</groupId><artifactId>lang-painless</artifactId><version>` + Version + `</version></dependency>
  </dependencies>
</project>
`

// module is one of the home's modules: the jars (by file name prefix)
// that go in its folder rather than on the server's class path.
type module struct {
	name, class, extends string
	jars                 []string
	policy               string
}

var modules = []module{
	{name: "transport-netty4", class: "org.opensearch.transport.Netty4Plugin",
		jars: []string{"netty-", "transport-netty4-client-"},
		policy: `grant {
  permission java.net.SocketPermission "*", "accept,connect,resolve";
  permission java.lang.RuntimePermission "setContextClassLoader";
  permission java.lang.RuntimePermission "accessDeclaredMembers";
  permission java.lang.reflect.ReflectPermission "suppressAccessChecks";
  permission java.util.PropertyPermission "*", "read,write";
  permission java.lang.RuntimePermission "accessClassInPackage.sun.misc";
  permission java.lang.RuntimePermission "accessClassInPackage.jdk.internal.misc";
};
`},
	{name: "lang-painless", class: "org.opensearch.painless.PainlessPlugin",
		jars:   []string{"lang-painless-", "antlr4-runtime-", "asm-", "opensearch-scripting-painless-spi-"},
		policy: classLoaderPolicy},
	{name: "analysis-common", class: "org.opensearch.analysis.common.CommonAnalysisPlugin", extends: "lang-painless",
		jars: []string{"analysis-common-"}, policy: classLoaderPolicy},
}

const classLoaderPolicy = `grant {
  permission java.lang.RuntimePermission "createClassLoader";
  permission java.lang.RuntimePermission "getClassLoader";
};
`

// readyFile marks a home completely assembled.
const readyFile = "ALBO_READY"

// CacheDir is where the home is assembled: $ALBO_OPENSEARCH_HOME, or
// albo-opensearch/VERSION in the user's cache folder.
func CacheDir() (string, error) {
	if dir := os.Getenv("ALBO_OPENSEARCH_HOME"); dir != "" {
		return dir, nil
	}
	base, err := os.UserCacheDir()
	if err != nil {
		return "", fmt.Errorf("opensearch home: %w", err)
	}
	return filepath.Join(base, "albo-opensearch", Version), nil
}

// ErrNoTools says that Java or Maven is missing.
var ErrNoTools = errors.New("java 17 and maven are needed to run an OpenSearch node")

// Fetch returns the OpenSearch home, assembling it first when the cache
// has none: Maven copies the artifacts, and the home appears whole (built
// beside, then renamed) or not at all.
func Fetch(ctx context.Context) (string, error) {
	home, err := CacheDir()
	if err != nil {
		return "", err
	}
	if _, err := os.Stat(filepath.Join(home, readyFile)); err == nil {
		return home, nil
	}
	if _, err := exec.LookPath("mvn"); err != nil {
		return "", fmt.Errorf("%w: mvn: %v", ErrNoTools, err)
	}
	if err := os.MkdirAll(filepath.Dir(home), 0o755); err != nil {
		return "", fmt.Errorf("opensearch home: %w", err)
	}
	work, err := os.MkdirTemp(filepath.Dir(home), ".assemble-")
	if err != nil {
		return "", fmt.Errorf("opensearch home: %w", err)
	}
	defer os.RemoveAll(work)
	if err := os.WriteFile(filepath.Join(work, "pom.xml"), []byte(pom), 0o644); err != nil {
		return "", fmt.Errorf("opensearch home: %w", err)
	}
	jars := filepath.Join(work, "jars")
	cmd := exec.CommandContext(ctx, "mvn", "-B", "-q", "-f", filepath.Join(work, "pom.xml"),
		"dependency:copy-dependencies", "-DoutputDirectory="+jars)
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("opensearch %s: maven could not fetch the artifacts: %v: %s", Version, err, lastLines(out, 5))
	}
	staged := filepath.Join(work, "home")
	if err := assemble(jars, staged); err != nil {
		return "", err
	}
	os.RemoveAll(home) // a half-assembled one from an interrupted run
	if err := os.Rename(staged, home); err != nil {
		return "", fmt.Errorf("opensearch home: %w", err)
	}
	return home, nil
}

// assemble lays out a home from the jars Maven copied: the modules'
// jars in their folders with a descriptor and a policy, the rest in lib.
func assemble(jars, home string) error {
	entries, err := os.ReadDir(jars)
	if err != nil {
		return fmt.Errorf("opensearch home: %w", err)
	}
	for _, dir := range []string{"lib", "modules", "plugins"} {
		if err := os.MkdirAll(filepath.Join(home, dir), 0o755); err != nil {
			return fmt.Errorf("opensearch home: %w", err)
		}
	}
	for _, m := range modules {
		dir := filepath.Join(home, "modules", m.name)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return fmt.Errorf("opensearch home: %w", err)
		}
		descriptor := fmt.Sprintf("description=%s\nversion=%s\nname=%s\nclassname=%s\njava.version=11\nopensearch.version=%s\nextended.plugins=%s\nhas.native.controller=false\n",
			m.name, Version, m.name, m.class, Version, m.extends)
		if err := os.WriteFile(filepath.Join(dir, "plugin-descriptor.properties"), []byte(descriptor), 0o644); err != nil {
			return fmt.Errorf("opensearch home: %w", err)
		}
		if err := os.WriteFile(filepath.Join(dir, "plugin-security.policy"), []byte(m.policy), 0o644); err != nil {
			return fmt.Errorf("opensearch home: %w", err)
		}
	}
	for _, e := range entries {
		dest := filepath.Join(home, "lib", e.Name())
		for _, m := range modules {
			if hasAnyPrefix(e.Name(), m.jars) {
				dest = filepath.Join(home, "modules", m.name, e.Name())
			}
		}
		if err := os.Rename(filepath.Join(jars, e.Name()), dest); err != nil {
			return fmt.Errorf("opensearch home: %w", err)
		}
	}
	if _, err := os.Stat(filepath.Join(home, "lib", "opensearch-"+Version+".jar")); err != nil {
		return fmt.Errorf("opensearch home: maven gave no server jar: %w", err)
	}
	return os.WriteFile(filepath.Join(home, readyFile), []byte(Version+"\n"), 0o644)
}

func hasAnyPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// lastLines is the end of a command's output, for an error line.
func lastLines(out []byte, n int) string {
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	return strings.Join(lines[max(0, len(lines)-n):], " | ")
}
