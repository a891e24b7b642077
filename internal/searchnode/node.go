package searchnode

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/openalbo/albo/internal/loopback"
)

// Node is one running OpenSearch process.
type Node struct {
	Name string
	URL  string // http://127.0.0.1:PORT
	dir  string
	cmd  *exec.Cmd
	done chan error
}

// Cluster is one or more nodes on loopback, started together.
type Cluster struct {
	Nodes []*Node
}

// startTimeout bounds the wait for a cluster to answer: a cold JVM on a
// busy machine of two cores takes about a minute.
const startTimeout = 4 * time.Minute

// Start starts a cluster of n nodes (n = 1: a single-node cluster) in dir,
// which holds their configuration, data and logs, and waits until it is
// at least yellow. Each node has a 512 MB heap and free loopback ports;
// a cluster whose node finds its port taken meanwhile is started again,
// in a new folder, on other ports.
func Start(ctx context.Context, dir string, n int) (*Cluster, error) {
	java, err := exec.LookPath("java")
	if err != nil {
		return nil, fmt.Errorf("%w: java: %v", ErrNoTools, err)
	}
	home, err := Fetch(ctx)
	if err != nil {
		return nil, err
	}
	for attempt := 1; ; attempt++ {
		c, err := start(ctx, java, home, filepath.Join(dir, fmt.Sprintf("start-%d", attempt)), n)
		if !errors.Is(err, errPortTaken) || attempt == startAttempts {
			return c, err
		}
	}
}

// startAttempts bounds the starts of a cluster whose ports were taken.
const startAttempts = 3

// choosePorts chooses the nodes' ports: their HTTP ports, then their
// transport ports.
var choosePorts = loopback.Ports

// errPortTaken is a node that exited because its port was taken.
var errPortTaken = errors.New("port taken")

// start is one attempt of Start.
func start(ctx context.Context, java, home, dir string, n int) (*Cluster, error) {
	ports, err := choosePorts(2 * n)
	if err != nil {
		return nil, err
	}
	httpPorts, transportPorts := ports[:n], ports[n:]
	var names, seeds []string
	for i := range n {
		names = append(names, fmt.Sprintf("node-%d", i))
		seeds = append(seeds, fmt.Sprintf("127.0.0.1:%d", transportPorts[i]))
	}
	c := &Cluster{}
	for i := range n {
		config := []string{
			"cluster.name: albo-test",
			"node.name: " + names[i],
			"network.host: 127.0.0.1",
			"http.port: " + strconv.Itoa(httpPorts[i]),
			"transport.port: " + strconv.Itoa(transportPorts[i]),
			"cluster.routing.allocation.disk.threshold_enabled: false",
			"action.auto_create_index: false",
		}
		if n == 1 {
			config = append(config, "discovery.type: single-node")
		} else {
			config = append(config,
				"discovery.seed_hosts: ["+strings.Join(seeds, ", ")+"]",
				"cluster.initial_cluster_manager_nodes: ["+strings.Join(names, ", ")+"]")
		}
		node, err := startNode(java, home, filepath.Join(dir, names[i]), names[i], httpPorts[i], config)
		if err != nil {
			c.Stop()
			return nil, err
		}
		c.Nodes = append(c.Nodes, node)
	}
	deadline, cancel := context.WithTimeout(ctx, startTimeout)
	defer cancel()
	if err := c.waitHealthy(deadline); err != nil {
		c.Stop()
		return nil, err
	}
	return c, nil
}

// log4jConfig sends the node's log to its standard output, which goes to
// the node's log file.
const log4jConfig = `status = error
appender.console.type = Console
appender.console.name = console
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = [%d{ISO8601}][%-5p][%c{1.}] %m%n
rootLogger.level = info
rootLogger.appenderRef.console.ref = console
`

func startNode(java, home, dir, name string, httpPort int, config []string) (*Node, error) {
	conf := filepath.Join(dir, "config")
	data := filepath.Join(dir, "data")
	tmp := filepath.Join(dir, "tmp")
	for _, d := range []string{conf, data, tmp} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return nil, fmt.Errorf("opensearch %s: %w", name, err)
		}
	}
	config = append(config, "path.data: "+data, "path.logs: "+filepath.Join(dir, "logs"))
	if err := os.WriteFile(filepath.Join(conf, "opensearch.yml"), []byte(strings.Join(config, "\n")+"\n"), 0o644); err != nil {
		return nil, fmt.Errorf("opensearch %s: %w", name, err)
	}
	if err := os.WriteFile(filepath.Join(conf, "log4j2.properties"), []byte(log4jConfig), 0o644); err != nil {
		return nil, fmt.Errorf("opensearch %s: %w", name, err)
	}
	logFile, err := os.Create(filepath.Join(dir, "node.log"))
	if err != nil {
		return nil, fmt.Errorf("opensearch %s: %w", name, err)
	}
	defer logFile.Close()
	cmd := exec.Command(java, "-Xms512m", "-Xmx512m", "-XX:+UseSerialGC", "-Xss1m",
		"-Djava.io.tmpdir="+tmp, "-Dlog4j2.disable.jmx=true", "-Dfile.encoding=UTF-8",
		"-Dopensearch.path.home="+home, "-Dopensearch.path.conf="+conf,
		"-Dopensearch.distribution.type=tar", "-Dopensearch.bundled_jdk=false",
		"-cp", filepath.Join(home, "lib", "*"), "org.opensearch.bootstrap.OpenSearch")
	cmd.Stdout, cmd.Stderr = logFile, logFile
	cmd.SysProcAttr = notRoot()
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("opensearch %s: start java: %w", name, err)
	}
	n := &Node{Name: name, URL: fmt.Sprintf("http://127.0.0.1:%d", httpPort), dir: dir, cmd: cmd, done: make(chan error, 1)}
	go func() { n.done <- cmd.Wait() }()
	return n, nil
}

// notRoot runs the node as an unprivileged user when the tests run as
// root (CI does), since OpenSearch refuses to run as root: in a user
// namespace where the caller is uid 1000, so it still owns its files.
// The node is killed if the test process dies without stopping it.
func notRoot() *syscall.SysProcAttr {
	if os.Getuid() != 0 {
		return &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	}
	return &syscall.SysProcAttr{
		Setpgid:     true,
		Pdeathsig:   syscall.SIGKILL,
		Cloneflags:  syscall.CLONE_NEWUSER,
		UidMappings: []syscall.SysProcIDMap{{ContainerID: 1000, HostID: 0, Size: 1}},
		GidMappings: []syscall.SysProcIDMap{{ContainerID: 1000, HostID: 0, Size: 1}},
	}
}

// waitHealthy polls each node until the cluster has all its nodes and is
// yellow or green. It gives up as soon as a node has exited or says its
// port is taken (such a node takes half a minute to exit), or when ctx
// ends.
func (c *Cluster) waitHealthy(ctx context.Context) error {
	client := &http.Client{Timeout: 5 * time.Second}
	for _, n := range c.Nodes {
		url := fmt.Sprintf("%s/_cluster/health?wait_for_status=yellow&wait_for_nodes=%d&timeout=1s", n.URL, len(c.Nodes))
		for !isOK(ctx, client, url) {
			if err := c.failure(); err != nil {
				return err
			}
			select {
			case <-ctx.Done():
				return fmt.Errorf("opensearch %s: not healthy after %s: %s", n.Name, startTimeout, n.logTail())
			case <-time.After(500 * time.Millisecond):
			}
		}
	}
	return nil
}

// isOK says whether a GET of url answers 200.
func isOK(ctx context.Context, client *http.Client, url string) bool {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return false
	}
	resp, err := client.Do(req)
	if err != nil {
		return false
	}
	resp.Body.Close()
	return resp.StatusCode == http.StatusOK
}

// failure is why a node of the cluster will never answer, if one will not:
// its port was taken, or it has exited.
func (c *Cluster) failure() error {
	for _, n := range c.Nodes {
		log, _ := os.ReadFile(filepath.Join(n.dir, "node.log"))
		if line, taken := loopback.Taken(string(log)); taken {
			return fmt.Errorf("opensearch %s: %w: %s", n.Name, errPortTaken, line)
		}
		select {
		case err := <-n.done:
			n.done <- err
			return fmt.Errorf("opensearch %s exited before answering (%v): %s", n.Name, err, n.logTail())
		default:
		}
	}
	return nil
}

// logTail is the last lines of the node's log that say what went wrong.
func (n *Node) logTail() string {
	out, err := os.ReadFile(filepath.Join(n.dir, "node.log"))
	if err != nil {
		return err.Error()
	}
	var keep []string
	for _, line := range strings.Split(string(out), "\n") {
		if strings.Contains(line, "ERROR") || strings.Contains(line, "Exception") || strings.HasPrefix(line, "Caused by") {
			keep = append(keep, line)
		}
	}
	if len(keep) == 0 {
		return lastLines(out, 3)
	}
	return strings.Join(keep[max(0, len(keep)-3):], " | ")
}

// stopGrace is how long Stop waits after SIGTERM. A node stopping waits
// up to 30 s for its transport's channels to close (TcpTransport.doStop,
// as a thread dump shows); the tests throw their nodes' data away, so the
// wait is cut short.
const stopGrace = 5 * time.Second

// Stop ends the node: SIGTERM, then SIGKILL if it has not exited within
// stopGrace, which is then a crash: what a stopped node's peers must
// survive either way.
func (n *Node) Stop() error {
	if n.cmd.Process == nil {
		return nil
	}
	select {
	case err := <-n.done:
		n.done <- err
		return nil
	default:
	}
	_ = n.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case err := <-n.done:
		n.done <- err
	case <-time.After(stopGrace):
		_ = n.cmd.Process.Kill()
		err := <-n.done
		n.done <- err
	}
	return nil
}

// Stop ends every node.
func (c *Cluster) Stop() {
	for _, n := range c.Nodes {
		n.Stop()
	}
}

// IsMissingTools says whether err is a missing Java or Maven.
func IsMissingTools(err error) bool { return errors.Is(err, ErrNoTools) }
