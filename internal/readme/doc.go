// Package readme holds the tests that keep README.md true: its first
// program runs as an Example with the output README shows, and every
// exported error sentinel of every package appears in its errors
// catalogue. It exports nothing.
package readme
