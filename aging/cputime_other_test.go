//go:build !unix

package aging_test

// cpuTime is 0 where the process's CPU time is not read: the benchmarks'
// cpu-ns/op is then 0.
func cpuTime() int64 { return 0 }
