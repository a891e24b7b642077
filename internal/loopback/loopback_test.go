package loopback

import (
	"fmt"
	"net"
	"slices"
	"testing"
)

// TestPortsAreFreeDistinctAndNotEphemeral: every port asked for can be
// bound, none twice, and none in the range the kernel hands out.
func TestPortsAreFreeDistinctAndNotEphemeral(t *testing.T) {
	for _, n := range []int{1, 7} {
		ports, err := Ports(n)
		if err != nil {
			t.Fatal(err)
		}
		if len(ports) != n {
			t.Fatalf("Ports(%d) = %v", n, ports)
		}
		seen := map[int]bool{}
		for _, p := range ports {
			if seen[p] {
				t.Errorf("Ports(%d) = %v: %d twice", n, ports, p)
			}
			seen[p] = true
			if p < lowest || p >= ephemeralLow() {
				t.Errorf("port %d outside %d-%d", p, lowest, ephemeralLow()-1)
			}
			l, err := net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", p))
			if err != nil {
				t.Errorf("port %d: %v", p, err)
				continue
			}
			l.Close()
		}
	}
}

// TestPortsInSkipsTakenPorts: in a window of six ports with four held by
// listeners, the two free ones are returned, and three cannot be.
func TestPortsInSkipsTakenPorts(t *testing.T) {
	low, free, held := window(t)
	defer func() {
		for _, l := range held {
			l.Close()
		}
	}()
	got, err := portsIn(low, low+6, 2)
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(got)
	if !slices.Equal(got, free) {
		t.Errorf("portsIn = %v, want %v", got, free)
	}
	if got, err := portsIn(low, low+6, 3); err == nil {
		t.Errorf("three of two free ports: %v", got)
	}
}

func TestTaken(t *testing.T) {
	for _, tc := range []struct {
		log  string
		want string
	}{
		{"I1204 started\nF1204 master.go:170] listen tcp 127.0.0.1:21012: bind: address already in use\nstack\n",
			"F1204 master.go:170] listen tcp 127.0.0.1:21012: bind: address already in use"},
		{"BindHttpException[Failed to bind to 127.0.0.1:42009]; nested: BindException[Address already in use];",
			"BindHttpException[Failed to bind to 127.0.0.1:42009]; nested: BindException[Address already in use];"},
		{"started; publish_address {127.0.0.1:21012}\n", ""},
		{"", ""},
	} {
		line, ok := Taken(tc.log)
		if line != tc.want || ok != (tc.want != "") {
			t.Errorf("Taken(%q) = %q, %v, want %q", tc.log, line, ok, tc.want)
		}
	}
}

// window finds six ports from low on whose ports 1 and 4 are free and the
// others held by the listeners returned.
func window(t *testing.T) (low int, free []int, held []net.Listener) {
	for range 10 {
		ports, err := Ports(1)
		if err != nil {
			t.Fatal(err)
		}
		low, free, held = ports[0], nil, nil
		for i := range 6 {
			l, err := net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", low+i))
			if err != nil {
				break
			}
			if i == 1 || i == 4 {
				l.Close()
				free = append(free, low+i)
				continue
			}
			held = append(held, l)
		}
		if len(held) == 4 {
			return low, free, held
		}
		for _, l := range held {
			l.Close()
		}
	}
	t.Fatal("no six free ports in a row in ten tries")
	return
}

// TestTakenFirst: the first choice holds, at the index asked, a port that
// cannot be bound; the second is as Ports chooses.
func TestTakenFirst(t *testing.T) {
	c, err := NewTakenFirst(2)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	for i := range 2 {
		ports, err := c.Ports(3)
		if err != nil {
			t.Fatal(err)
		}
		if c.Last(2) != ports[2] {
			t.Errorf("choice %d: Last(2) = %d, want %d", i, c.Last(2), ports[2])
		}
		l, err := net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", ports[2]))
		if taken := err != nil; taken != (i == 0) {
			t.Errorf("choice %d: port %d taken = %v (%v)", i, ports[2], taken, err)
		}
		if err == nil {
			l.Close()
		}
	}
	if len(c.Chosen) != 2 {
		t.Errorf("%d choices recorded, want 2", len(c.Chosen))
	}
}
