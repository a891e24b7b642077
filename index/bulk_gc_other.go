//go:build !linux

package index

// machineMemory is the machine's memory in bytes, 0 when unknown: a bulk
// load then sets no memory limit.
func machineMemory() int64 { return 0 }
