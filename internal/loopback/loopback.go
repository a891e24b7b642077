// Package loopback chooses ports on 127.0.0.1 for the servers the tests
// start as child processes (OpenSearch, SeaweedFS), which must be told
// their ports before they bind them.
//
// Asking the kernel for port 0 and handing the number on is racy: the
// port is free again once the listener closes, and the kernel gives the
// same ephemeral ports to every other test's listeners and outgoing
// connections meanwhile (a cluster test once failed on it). Ports are
// chosen below the ephemeral range instead, where the kernel never hands
// them out, from a random starting point; a server that still finds its
// port taken (another test process chose it in the same instant) is
// started again on others, which Taken tells its starter.
package loopback

import (
	"fmt"
	"math/rand/v2"
	"net"
	"os"
	"strings"
)

// rangeFile holds the kernel's ephemeral range, "low\thigh".
const rangeFile = "/proc/sys/net/ipv4/ip_local_port_range"

// lowest is the first port chosen: well above the registered services.
const lowest = 10000

// Ports returns n distinct ports on 127.0.0.1 that were free when asked.
// They are outside the kernel's ephemeral range when the range leaves room
// below it; otherwise the kernel picks them.
func Ports(n int) ([]int, error) {
	low, high := lowest, ephemeralLow()
	if high-low < 16*n {
		return kernelPorts(n)
	}
	return portsIn(low, high, n)
}

// portsIn returns n ports of [low, high) that were free when asked, from a
// random starting point on.
func portsIn(low, high, n int) ([]int, error) {
	var ports []int
	span := high - low
	start := rand.IntN(span)
	for i := 0; i < span && len(ports) < n; i++ {
		port := low + (start+i)%span
		l, err := net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", port))
		if err != nil {
			continue
		}
		l.Close()
		ports = append(ports, port)
	}
	if len(ports) < n {
		return nil, fmt.Errorf("loopback: only %d of %d ports free in %d-%d", len(ports), n, low, high-1)
	}
	return ports, nil
}

// ephemeralLow is the first port of the kernel's ephemeral range, or 32768
// (Linux's default) when it cannot be read.
func ephemeralLow() int {
	low := 32768
	if b, err := os.ReadFile(rangeFile); err == nil {
		fmt.Sscan(string(b), &low)
	}
	return low
}

// kernelPorts asks the kernel for n ports, holding each listener until all
// are chosen so they are distinct.
func kernelPorts(n int) ([]int, error) {
	var ports []int
	var ls []net.Listener
	defer func() {
		for _, l := range ls {
			l.Close()
		}
	}()
	for range n {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return nil, fmt.Errorf("loopback: free port: %w", err)
		}
		ls = append(ls, l)
		ports = append(ports, l.Addr().(*net.TCPAddr).Port)
	}
	return ports, nil
}

// Taken finds the line of a server's log that says it could not bind a
// port because another process holds it: Go's or Java's wording of
// EADDRINUSE.
func Taken(log string) (line string, ok bool) {
	for line := range strings.Lines(log) {
		if strings.Contains(line, "address already in use") || strings.Contains(line, "Address already in use") {
			return strings.TrimSpace(line), true
		}
	}
	return "", false
}

// TakenFirst chooses ports as Ports does, but its first choice has the
// port at index which replaced by one another listener holds: what a
// starter meets when another process takes a port it chose, for the tests
// of its starting again. Close releases the port held.
type TakenFirst struct {
	which  int
	held   net.Listener
	Chosen [][]int // each choice, in order
}

// NewTakenFirst holds a port for the first choice's index which.
func NewTakenFirst(which int) (*TakenFirst, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("loopback: hold a port: %w", err)
	}
	return &TakenFirst{which: which, held: l}, nil
}

// Ports is the next choice of n ports.
func (c *TakenFirst) Ports(n int) ([]int, error) {
	ports, err := Ports(n)
	if err == nil && len(c.Chosen) == 0 {
		ports[c.which] = c.held.Addr().(*net.TCPAddr).Port
	}
	c.Chosen = append(c.Chosen, ports)
	return ports, err
}

// Last is the last choice's port at index i.
func (c *TakenFirst) Last(i int) int { return c.Chosen[len(c.Chosen)-1][i] }

// Close releases the port held.
func (c *TakenFirst) Close() error { return c.held.Close() }
