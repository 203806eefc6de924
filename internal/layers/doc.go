// Package layers holds no code: its test checks the import rule of the
// project's layers (cmd → ui → render → internal) with `go list -deps`.
package layers
